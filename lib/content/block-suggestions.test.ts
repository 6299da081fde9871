import { describe, expect, it } from 'vitest';
import { withBlockAttrs, withBlockMarks } from './block-suggestions';
import { docFromParagraphs } from './document';

describe('a body between block attributes and block marks', () => {
  it('is handed back as it is when it holds no block suggestion (no copy of the whole body on every store)', () => {
    const body = docFromParagraphs(['Talks began.', 'They end on Friday.']);
    expect(withBlockMarks(body)).toBe(body);
    expect(withBlockAttrs(body)).toBe(body);
  });

  it('copies only the path to a block that changed', () => {
    const mark = JSON.stringify([{ type: 'insertion', attrs: { id: 'u1~mabc123~x1' } }]);
    const body = docFromParagraphs(['Talks began.', 'They end on Friday.']);
    body.content![1] = { ...body.content![1]!, attrs: { suggestions: mark } };
    const marked = withBlockMarks(body);
    expect(marked.content![0]).toBe(body.content![0]);
    expect(marked.content![1]!.marks).toEqual([{ type: 'insertion', attrs: { id: 'u1~mabc123~x1' } }]);
    expect(withBlockAttrs(marked).content![1]!.attrs).toEqual({ suggestions: mark });
  });
});
