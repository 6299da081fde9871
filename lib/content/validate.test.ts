import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { docFromParagraphs } from './document';
import { validateBody } from './validate';

const expectInvalid = (raw: unknown, message: RegExp) => {
  try {
    validateBody(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    expect(JSON.stringify((error as AppError).fieldErrors)).toMatch(message);
    return;
  }
  throw new Error('expected the body to be refused');
};

describe('body validation', () => {
  it('accepts a document of the editor schema and returns it normalised', () => {
    const body = validateBody(docFromParagraphs(['Hello — world’s']));
    expect(body).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello — world’s' }] }] });
  });

  it('accepts a JSON string', () => {
    expect(validateBody(JSON.stringify(docFromParagraphs(['x']))).type).toBe('doc');
  });

  it('keeps a block’s suggestion, from its attribute or as the editor’s marks, and refuses one not in shape', () => {
    const id = 'u1~mabc123~x1';
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] };
    const value = JSON.stringify([{ type: 'modification', attrs: { id, type: 'nodeType', attrName: null, previousValue: 'paragraph', newValue: 'heading' } }]);
    const fromAttr = validateBody({ type: 'doc', content: [{ ...heading, attrs: { level: 2, suggestions: value } }] });
    const fromMarks = validateBody({ type: 'doc', content: [{ ...heading, marks: JSON.parse(value) }] });
    expect(fromMarks).toEqual(fromAttr);
    expect(fromAttr.content![0]!.attrs?.suggestions).toBe(value);
    // A paragraph with none stores no attribute at all.
    expect(validateBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }).content![0]!.attrs).toBeUndefined();
    expectInvalid(
      { type: 'doc', content: [{ ...heading, attrs: { level: 2, suggestions: '[{"type":"insertion","attrs":{"id":"nobody"}}]' } }] },
      /carries a suggestion that is not named/,
    );
    expectInvalid({ type: 'doc', content: [{ ...heading, attrs: { level: 2, suggestions: '{' } }] }, /carries a suggestion that is not named/);
    // On a part that is no block (a table row), or a type the block could never go back to.
    const row = { type: 'tableRow', attrs: { suggestions: JSON.stringify([{ type: 'insertion', attrs: { id } }]) }, content: [] };
    expectInvalid({ type: 'doc', content: [{ type: 'table', content: [row] }] }, /carries a suggestion that is not named/);
    const asTable = JSON.stringify([{ type: 'modification', attrs: { id, type: 'nodeType', attrName: null, previousValue: 'table', newValue: 'heading' } }]);
    expectInvalid({ type: 'doc', content: [{ ...heading, attrs: { level: 2, suggestions: asTable } }] }, /carries a suggestion that is not named/);
  });
  it('refuses a suggestion where text is published as sent (a live entry, a background box)', () => {
    const id = 'u1~mabc123~x1';
    const proposed = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Proposed', marks: [{ type: 'insertion', attrs: { id } }] }] }],
    };
    const quote = {
      type: 'doc',
      content: [{ type: 'blockquote', attrs: { suggestions: JSON.stringify([{ type: 'insertion', attrs: { id } }]) }, content: [{ type: 'paragraph' }] }],
    };
    for (const body of [proposed, quote]) {
      expect(() => validateBody(body)).not.toThrow();
      expect(() => validateBody(body, 'body', { suggestions: 'refuse' })).toThrow('Only a story’s text can hold suggestions.');
    }
  });
  it('refuses malformed JSON', () => expectInvalid('{"type":"doc",', /not valid JSON/));
  it('refuses something that is not a document', () => expectInvalid({ type: 'paragraph' }, /not a document/));
  it('refuses a wrong shape', () => expectInvalid({ type: 'doc', content: 'nope' }, /not a document/));
  it('refuses unknown nodes', () => expectInvalid({ type: 'doc', content: [{ type: 'script', content: [] }] }, /script/i));
  it('refuses unknown marks', () =>
    expectInvalid({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] }] }, /strike/i));
  it('refuses invalid nesting', () => expectInvalid({ type: 'doc', content: [{ type: 'text', text: 'bare text' }] }, /./));
  it('refuses a javascript: link', () =>
    expectInvalid(
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
      },
      /not allowed/,
    ));
  it('refuses absurd nesting depth', () => {
    let node: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < 30; i++) node = { type: 'blockquote', content: [node] };
    expectInvalid({ type: 'doc', content: [node] }, /deeply/);
  });
});

describe('body text normalisation', () => {
  const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] }] });

  it("makes Word's manual line break (U+000B) a hard break and drops other controls", () => {
    expect(validateBody(paragraph('one\u000btwo\u0007 three\u0085four'))).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'one', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'two three', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'four', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    });
  });

  it('drops lone surrogates and U+FFFE/U+FFFF but keeps astral characters, RTL marks and combining marks', () => {
    const kept = 'emoji 🗞️ e\u0301 \u200Fשלום\u200E 𝔘';
    expect(validateBody(paragraph(`${kept}\uD800\uFFFE\uFFFF\uDC00`)).content![0]!.content![0]!.text).toBe(kept);
  });

  it('refuses a NUL with a field error', () => expectInvalid(paragraph('a\u0000b'), /NUL/));

  it('normalises attributes: a caption keeps one line', () => {
    const body = validateBody({
      type: 'doc',
      content: [{ type: 'figure', attrs: { src: '/media/00000000-0000-4000-8000-000000000000', alt: 'a\u0007lt', caption: 'two\nlines', credit: '' } }],
    });
    expect(body.content![0]!.attrs).toMatchObject({ alt: 'alt', caption: 'two lines' });
  });
});

describe('tables in a body', () => {
  const table = (rows: number, cols: number) => ({
    type: 'table',
    attrs: { caption: '' },
    content: Array.from({ length: rows }, (_, r) => ({
      type: 'tableRow',
      content: Array.from({ length: cols }, (_, c) => ({
        type: r === 0 ? 'tableHeader' : 'tableCell',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `r${r}c${c}` }] }],
      })),
    })),
  });
  it('accepts a table of the schema, up to the cell limit', () => {
    const body = validateBody({ type: 'doc', content: [table(300, 10)] });
    expect(body.content?.[0]?.type).toBe('table');
  });
  it('refuses a table over the limit, saying how many cells it has and may have', () =>
    expectInvalid({ type: 'doc', content: [table(301, 10)] }, /3,010 cells; a table may have at most 3,000/));
  it('refuses a table inside a cell and a heading in a cell', () => {
    expectInvalid(
      { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [table(1, 1)] }] }] }] },
      /does not allow|Invalid content/i,
    );
  });
});

describe('deep and huge bodies', () => {
  const nested = (depth: number) => {
    let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
    for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
    return { type: 'doc', content: [node] };
  };
  it('refuses 20,000 nested quotes (as JSON text and as an object) with a message, without overflowing the stack', () => {
    expectInvalid(nested(20_000), /nested too deeply: at most 20 levels/);
    const text = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(20_000)}{"type":"paragraph"}${']}'.repeat(20_000)}]}`;
    expectInvalid(text, /nested too deeply/);
  });
  it('refuses settings nested 100,000 deep inside an attribute', () => {
    let attrs: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 100_000; i++) attrs = { a: attrs };
    expectInvalid({ type: 'doc', content: [{ type: 'paragraph', attrs, content: [{ type: 'text', text: 'x' }] }] }, /nested too deeply/);
  });
  it('refuses a body with more parts than a story has', () => {
    expectInvalid({ type: 'doc', content: Array.from({ length: 10_001 }, () => ({ type: 'paragraph' })) }, /too many parts/);
  });
});
