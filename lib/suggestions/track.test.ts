import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { docFromParagraphs, type TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { bodySchema } from '@/lib/content/schema';
import { decideInBody, suggestionsInBody } from './body';
import { newSuggestionId } from './ids';
import { NotSuggestable, trackAsSuggestion } from './track';

/** One person's edit in suggesting mode, as the editor makes it. */
function suggest(body: TDocNode, author: string, edit: (state: EditorState, at: (text: string) => number) => Transaction): TDocNode {
  const schema = bodySchema();
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(body) });
  const at = (text: string) => {
    let found = -1;
    state.doc.descendants((node, pos) => {
      if (found < 0 && node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text);
      return found < 0;
    });
    if (found < 0) throw new Error(`“${text}” is not in the text`);
    return found;
  };
  return state.apply(trackAsSuggestion(edit(state, at), state, author, newSuggestionId(author))).doc.toJSON() as TDocNode;
}

const listed = (body: TDocNode) => suggestionsInBody(body).map(({ authorId, inserted, deleted }) => ({ authorId, inserted, deleted }));
const base = docFromParagraphs(['Growth was 3.4% in July.']);

describe('a change made while suggesting is the suggestion of the person who made it', () => {
  it('typing right after another reviewer’s proposed text is a suggestion of its own', () => {
    const anna = suggest(base, 'anna', (s, at) => s.tr.insertText(' sharply', at(' in July')));
    const boris = suggest(anna, 'boris', (s, at) => s.tr.insertText(' and', at(' in July')));
    expect(listed(boris)).toEqual([
      { authorId: 'anna', inserted: ' sharply', deleted: '' },
      { authorId: 'boris', inserted: ' and', deleted: '' },
    ]);
  });

  it('typing right before it, too', () => {
    const anna = suggest(base, 'anna', (s, at) => s.tr.insertText(' sharply', at(' in July')));
    const boris = suggest(anna, 'boris', (s, at) => s.tr.insertText(',', at(' sharply')));
    expect(listed(boris)).toEqual([
      { authorId: 'boris', inserted: ',', deleted: '' },
      { authorId: 'anna', inserted: ' sharply', deleted: '' },
    ]);
  });

  it('deleting right next to a proposed deletion is a deletion of its own, and one over it leaves hers hers', () => {
    const anna = suggest(base, 'anna', (s, at) => s.tr.delete(at('3.4%'), at('3.4%') + 4));
    const next = suggest(anna, 'boris', (s, at) => s.tr.delete(at(' in July'), at(' in July') + 3));
    expect(listed(next)).toEqual([
      { authorId: 'anna', inserted: '', deleted: '3.4%' },
      { authorId: 'boris', inserted: '', deleted: ' in' },
    ]);
    const over = suggest(anna, 'carla', (s, at) => s.tr.delete(at('was '), at('3.4%') + 7));
    expect(listed(over).map((s) => s.authorId)).toContain('anna');
    expect(listed(over).find((s) => s.authorId === 'anna')).toEqual({ authorId: 'anna', inserted: '', deleted: '3.4%' });
    expect(
      listed(over)
        .filter((s) => s.authorId === 'carla')
        .map((s) => s.deleted)
        .join(''),
    ).toBe('was  in');
  });

  it('a second keystroke right before another reviewer’s proposed text leaves hers hers (the library would join the two under the new id)', () => {
    const anna = suggest(base, 'anna', (s, at) => s.tr.insertText(' sharply', at(' in July')));
    const one = suggest(anna, 'boris', (s, at) => s.tr.insertText(',', at(' sharply')));
    const two = suggest(one, 'boris', (s, at) => s.tr.insertText(' so', at(' sharply')));
    expect(listed(two)).toEqual([
      { authorId: 'boris', inserted: ', so', deleted: '' },
      { authorId: 'anna', inserted: ' sharply', deleted: '' },
    ]);
  });

  it('typing inside another reviewer’s proposed deletion is one’s own proposal (the library moves it to the deletion’s end)', () => {
    const anna = suggest(base, 'anna', (s, at) => s.tr.delete(at('3.4%'), at('3.4%') + 4));
    const boris = suggest(anna, 'boris', (s, at) => s.tr.insertText('5', at('3.4%') + 2));
    expect(listed(boris)).toEqual([
      { authorId: 'anna', inserted: '', deleted: '3.4%' },
      { authorId: 'boris', inserted: '5', deleted: '' },
    ]);
  });

  it('typing on from one’s own suggestion extends it', () => {
    const first = suggest(base, 'anna', (s, at) => s.tr.insertText(' sharply', at(' in July')));
    const more = suggest(first, 'anna', (s, at) => s.tr.insertText(' and', at(' in July')));
    expect(listed(more)).toEqual([{ authorId: 'anna', inserted: ' sharply and', deleted: '' }]);
  });

  it('paragraphs pasted at once, or a paragraph deleted whole, are suggestions too, decided paragraph and all', () => {
    const two = docFromParagraphs(['Talks began.', 'They end on Friday.']);
    const paragraphs = (body: TDocNode) => (body.content ?? []).map((p) => docToPlainText({ type: 'doc', content: [p] }));
    // As the clipboard gives it: two paragraphs, open at both ends, pasted at the end of the first.
    const pasted = suggest(two, 'boris', (s) => {
      const para = (text: string) => s.schema.nodes.paragraph!.create(null, text ? s.schema.text(text) : null);
      return s.tr.replace(
        s.doc.child(0).nodeSize - 1,
        s.doc.child(0).nodeSize - 1,
        new Slice(Fragment.from([para(''), para('Both sides spoke.'), para('Nothing was signed.')]), 1, 1),
      );
    });
    expect(listed(pasted).map((s) => s.authorId)).toEqual(['boris']);
    expect(paragraphs(decideInBody(pasted, 'all', 'accept'))).toEqual(['Talks began.', 'Both sides spoke.', 'Nothing was signed.', 'They end on Friday.']);
    expect(paragraphs(decideInBody(pasted, 'all', 'reject'))).toEqual(['Talks began.', 'They end on Friday.']);

    // A paragraph selected (triple-click) and deleted: proposed for deletion, and accepting it takes the paragraph too.
    const cut = suggest(two, 'boris', (s) => s.tr.delete(s.doc.child(0).nodeSize + 1, s.doc.content.size - 1));
    expect(listed(cut)).toEqual([{ authorId: 'boris', inserted: '', deleted: 'They end on Friday.' }]);
    expect(paragraphs(decideInBody(cut, 'all', 'accept'))).toEqual(['Talks began.']);
    expect(paragraphs(decideInBody(cut, 'all', 'reject'))).toEqual(['Talks began.', 'They end on Friday.']);
  });

  it('a change to a block itself (a heading level) has no form as a suggestion', () => {
    expect(() => suggest(base, 'boris', (s) => s.tr.setBlockType(1, 2, s.schema.nodes.heading!, { level: 2 }))).toThrow(NotSuggestable);
  });
});
