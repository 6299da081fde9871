import { describe, expect, it } from 'vitest';
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { docFromParagraphs, type TDocNode } from '@/lib/content/document';
import { bodySchema } from '@/lib/content/schema';
import { docToPlainText } from '@/lib/content/text';
import { acceptedBody, decideInBody, hasSuggestions, suggestionsInBody } from './body';
import { newSuggestionId } from './ids';

/** A reviewer's edits made in suggesting mode, headless: each transaction becomes its suggestion. */
function suggest(body: TDocNode, author: string, edit: (state: EditorState) => Transaction): TDocNode {
  const schema = bodySchema();
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(body) });
  const id = newSuggestionId(author);
  const tracked = transformToSuggestionTransaction(edit(state), state, () => id);
  return state.apply(tracked).doc.toJSON() as TDocNode;
}

const posOf = (state: EditorState, text: string) => {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text);
    return found < 0;
  });
  return found;
};

const base = docFromParagraphs(['Growth was 3.4% in July.', 'Second paragraph.']);

describe('suggestions in a body', () => {
  it('an insertion is open, left out of the accepted text, and kept when accepted', () => {
    const body = suggest(base, 'rev1', (s) => s.tr.insertText(' sharply', posOf(s, ' in July')));
    expect(hasSuggestions(body)).toBe(true);
    const [one] = suggestionsInBody(body);
    expect(one).toMatchObject({ authorId: 'rev1', inserted: ' sharply', deleted: '', paragraph: 1 });
    expect(docToPlainText(acceptedBody(body))).toBe(docToPlainText(base));
    expect(docToPlainText(decideInBody(body, new Set([one!.id]), 'accept'))).toContain('3.4% sharply in July');
    expect(hasSuggestions(decideInBody(body, 'all', 'accept'))).toBe(false);
  });

  it('a deletion keeps its text until accepted; a replacement is one suggestion', () => {
    const body = suggest(base, 'rev1', (s) => {
      const from = posOf(s, '3.4');
      return s.tr.replaceWith(from, from + 3, s.schema.text('3.5'));
    });
    const list = suggestionsInBody(body);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ inserted: '3.5', deleted: '3.4' });
    expect(docToPlainText(acceptedBody(body))).toContain('3.4%');
    expect(docToPlainText(decideInBody(body, 'all', 'accept'))).toContain('Growth was 3.5% in July.');
    expect(docToPlainText(decideInBody(body, 'all', 'reject'))).toBe(docToPlainText(base));
  });

  it('a paragraph break proposed is a suggestion; rejecting it leaves one paragraph', () => {
    const body = suggest(base, 'rev1', (s) => s.tr.split(posOf(s, ' in July')));
    expect(suggestionsInBody(body)).toHaveLength(1);
    expect(acceptedBody(body)).toEqual(base);
    const accepted = decideInBody(body, 'all', 'accept');
    expect(accepted.content).toHaveLength(3);
    // The zero-width spaces that marked the break go with the decision: the stored text is only text.
    expect(JSON.stringify(accepted)).not.toContain('\u200B');
    const typedOn = suggest(body, 'rev1', (s) => s.tr.insertText('Officials agreed.', posOf(s, ' in July')));
    expect(JSON.stringify(decideInBody(typedOn, 'all', 'accept'))).not.toContain('\u200B');
    expect(JSON.stringify(decideInBody(typedOn, 'all', 'reject'))).not.toContain('\u200B');
  });

  it('two reviewers’ suggestions stay apart and each can be decided alone', () => {
    let body = suggest(base, 'rev1', (s) => s.tr.insertText('Annual ', posOf(s, 'Growth')));
    body = suggest(body, 'rev2', (s) => s.tr.insertText(' Third.', posOf(s, 'paragraph.') + 'paragraph.'.length));
    const list = suggestionsInBody(body);
    expect(list.map((s) => s.authorId)).toEqual(['rev1', 'rev2']);
    const one = decideInBody(body, new Set([list[0]!.id]), 'accept');
    expect(docToPlainText(one)).toContain('Annual Growth');
    expect(suggestionsInBody(one).map((s) => s.authorId)).toEqual(['rev2']);
  });

  it('suggestion marks survive the shared document (the editor binding and the server read)', () => {
    const body = suggest(base, 'rev1', (s) => {
      const from = posOf(s, '3.4');
      return s.tr.replaceWith(from, from + 3, s.schema.text('3.5'));
    });
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(bodySchema(), body, doc.getXmlFragment('default'));
    const back = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment('default')) as TDocNode;
    expect(suggestionsInBody(back)).toEqual(suggestionsInBody(body));
  });
});
