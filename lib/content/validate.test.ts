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

  it('refuses malformed JSON', () => expectInvalid('{"type":"doc",', /not valid JSON/));
  it('refuses something that is not a document', () => expectInvalid({ type: 'paragraph' }, /not a document/));
  it('refuses a wrong shape', () => expectInvalid({ type: 'doc', content: 'nope' }, /not a document/));
  it('refuses unknown nodes', () => expectInvalid({ type: 'doc', content: [{ type: 'script', content: [] }] }, /script/i));
  it('refuses unknown marks', () =>
    expectInvalid({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] }] }, /strike/i));
  it('refuses invalid nesting', () => expectInvalid({ type: 'doc', content: [{ type: 'text', text: 'bare text' }] }, /./));
  it('refuses a javascript: link', () =>
    expectInvalid({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }, /not allowed/));
  it('refuses absurd nesting depth', () => {
    let node: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < 30; i++) node = { type: 'blockquote', content: [node] };
    expectInvalid({ type: 'doc', content: [node] }, /deeply/);
  });
});
