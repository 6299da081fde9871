import { describe, expect, it } from 'vitest';
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { docFromParagraphs, type TDocNode } from '@/lib/content/document';
import { bodySchema } from '@/lib/content/schema';
import { docToPlainText } from '@/lib/content/text';
import { acceptedBody, suggestionsInBody } from '@/lib/suggestions/body';
import { newSuggestionId } from '@/lib/suggestions/ids';
import { emptyDraft } from '@/lib/stories/draft';
import { bodyOf, seedSharedDoc, writeSharedBody } from './codec';
import { decideSuggestions, openSuggestionsOf } from './suggestions';

const draft = { ...emptyDraft(), headline: 'Growth', body: docFromParagraphs(['Growth was 3.4% in July.']) };

/** A reviewer's edit in suggesting mode on their own copy of the shared document (offline: nothing is sent yet). */
function suggestIn(doc: Y.Doc, author: string, edit: (state: EditorState, at: (text: string) => number) => Transaction) {
  const schema = bodySchema();
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(bodyOf(doc)) });
  const at = (text: string) => {
    let found = -1;
    state.doc.descendants((node, pos) => {
      if (found < 0 && node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text);
      return found < 0;
    });
    return found;
  };
  const id = newSuggestionId(author);
  const tracked = transformToSuggestionTransaction(edit(state, at), state, () => id);
  writeSharedBody(doc, state.apply(tracked).doc.toJSON() as TDocNode);
  return id;
}

/** Two copies of one story, as two reviewers' browsers hold it; `first` decides whose edits Yjs orders first when they meet at one place. */
function twoCopies(first: 'anna' | 'boris') {
  const base = seedSharedDoc(draft);
  const anna = new Y.Doc();
  const boris = new Y.Doc();
  anna.clientID = first === 'anna' ? 1001 : 1002;
  boris.clientID = first === 'anna' ? 1002 : 1001;
  Y.applyUpdate(anna, Y.encodeStateAsUpdate(base));
  Y.applyUpdate(boris, Y.encodeStateAsUpdate(base));
  return { anna, boris };
}

function backOnline(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
}

const text = (doc: Y.Doc) => docToPlainText(bodyOf(doc));

describe('suggestions made apart merge like the rest of the shared document', () => {
  // Whichever of the two Yjs orders first, a proposed insertion at the edge of a proposed
  // deletion stays its own suggestion, as in Google Docs: accepting the deletion keeps it.
  for (const first of ['anna', 'boris'] as const)
    for (const edge of ['before', 'after'] as const)
      it(`Anna proposes deleting a figure while Boris, offline, proposes text right ${edge} it (${first}'s edits ordered first): both stay apart`, () => {
        const { anna, boris } = twoCopies(first);
        const deletion = suggestIn(anna, 'anna', (s, at) => s.tr.delete(at('3.4%'), at('3.4%') + 4));
        const words = edge === 'before' ? 'about ' : ' or so';
        const insertion = suggestIn(boris, 'boris', (s, at) => s.tr.insertText(words, edge === 'before' ? at('3.4%') : at('3.4%') + 4));
        backOnline(anna, boris);

        const listed = new Map(openSuggestionsOf(anna).body.map((s) => [s.id, s]));
        expect([...listed.keys()].sort()).toEqual([deletion, insertion].sort());
        expect(listed.get(deletion)).toMatchObject({ deleted: '3.4%', inserted: '' });
        expect(listed.get(insertion)).toMatchObject({ inserted: words, deleted: '' });
        // Readers get the text as it stood: neither proposal is accepted.
        expect(docToPlainText(acceptedBody(bodyOf(anna)))).toBe('Growth was 3.4% in July.');

        decideSuggestions(anna, [deletion], 'accept');
        expect(text(anna)).toBe(edge === 'before' ? 'Growth was about in July.' : 'Growth was or so in July.');
        expect(openSuggestionsOf(anna).body.map((s) => s.id)).toEqual([insertion]);
        decideSuggestions(anna, [insertion], 'accept');
        expect(text(anna)).toBe(edge === 'before' ? 'Growth was about in July.' : 'Growth was or so in July.');
        expect(suggestionsInBody(bodyOf(anna))).toEqual([]);
      });

  it('accepting the insertion first leaves the deletion open over the figure alone; rejecting it removes only the inserted words', () => {
    const { anna, boris } = twoCopies('anna');
    const deletion = suggestIn(anna, 'anna', (s, at) => s.tr.delete(at('3.4%'), at('3.4%') + 4));
    const insertion = suggestIn(boris, 'boris', (s, at) => s.tr.insertText('about ', at('3.4%')));
    backOnline(anna, boris);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(anna));

    decideSuggestions(anna, [insertion], 'accept');
    expect(openSuggestionsOf(anna).body).toEqual([expect.objectContaining({ id: deletion, deleted: '3.4%', inserted: '' })]);
    decideSuggestions(anna, [deletion], 'reject');
    expect(text(anna)).toBe('Growth was about 3.4% in July.');

    decideSuggestions(other, [insertion], 'reject');
    expect(text(other)).toBe('Growth was 3.4% in July.');
    expect(openSuggestionsOf(other).body.map((s) => s.id)).toEqual([deletion]);
  });
});
