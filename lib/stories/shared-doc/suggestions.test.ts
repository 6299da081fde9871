import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromParagraphs } from '@/lib/content/document';
import { renderBodyHtml } from '@/lib/content/render-html';
import { newSuggestionId } from '@/lib/suggestions/ids';
import { readSharedDraft, readStoredDraft, seedSharedDoc } from './codec';
import { SharedDocGuard } from './guard';
import { countOpen, decideSuggestions, fieldSuggestionsMapOf, openSuggestionsOf, whereSuggestionsAre } from './suggestions';
import { emptyDraft } from '@/lib/stories/draft';

const draft = {
  ...emptyDraft(),
  headline: 'Talks in Moscow',
  datelinePlace: 'Moscow',
  datelineDate: '2026-12-06',
  credit: 'TASS',
  body: docFromParagraphs(['Talks began.', 'They end on Friday.']),
};

const proposed = (text: string, id = newSuggestionId('rev1')) => ({ type: 'text', text, marks: [{ type: 'insertion', attrs: { id } }] });

function withSuggestions() {
  const body = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Talks began' }, proposed(' in the Kremlin'), { type: 'text', text: '.' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'They end on ' },
          { type: 'text', text: 'Friday', marks: [{ type: 'deletion', attrs: { id: newSuggestionId('rev2') } }] },
          { type: 'text', text: '.' },
        ],
      },
    ],
  };
  const doc = seedSharedDoc({ ...draft, body });
  fieldSuggestionsMapOf(doc).set(newSuggestionId('rev1'), { field: 'headline', text: 'Talks open in Moscow' });
  return doc;
}

/** A client's edit, made on a copy of the live document and sent through the door as one update (applied when let in). */
const sender = (live: Y.Doc, guard: SharedDocGuard) => (authorId: string, edit: (doc: Y.Doc) => void) => {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
  const before = Y.encodeStateVector(client);
  edit(client);
  const update = Y.encodeStateAsUpdate(client, before);
  const refusal = guard.check(update, authorId);
  if (!refusal) Y.applyUpdate(live, update);
  return refusal;
};

describe('a story’s suggestions in its shared document', () => {
  it('are listed with where they are, and never in what is stored or rendered', () => {
    const doc = withSuggestions();
    const open = openSuggestionsOf(doc);
    expect(countOpen(open)).toBe(3);
    expect(whereSuggestionsAre(open)).toBe('paragraphs 1 and 2 and the headline');
    const stored = readStoredDraft(doc, draft);
    expect(stored.headline).toBe('Talks in Moscow');
    expect(JSON.stringify(stored.body)).not.toContain('Kremlin');
    expect(JSON.stringify(stored.body)).toContain('Friday');
    // Even a body that still held them renders accepted text only.
    const html = renderBodyHtml(readSharedDraft(doc, draft).body);
    expect(html).not.toContain('Kremlin');
    expect(html).toContain('Friday');
    expect(html).not.toMatch(/<(ins|del)\b/);
  });

  it('accepting writes them into the text and the fields; rejecting drops them; both close them', () => {
    const doc = withSuggestions();
    const decided = decideSuggestions(doc, 'all', 'accept');
    expect(decided).toHaveLength(3);
    const now = readStoredDraft(doc, draft);
    expect(now.headline).toBe('Talks open in Moscow');
    expect(JSON.stringify(now.body)).toContain('in the Kremlin');
    expect(JSON.stringify(now.body)).not.toContain('Friday');
    expect(countOpen(openSuggestionsOf(doc))).toBe(0);

    const other = withSuggestions();
    const [first] = openSuggestionsOf(other).body;
    expect(decideSuggestions(other, [first!.id], 'reject')).toHaveLength(1);
    expect(countOpen(openSuggestionsOf(other))).toBe(2);
    expect(decideSuggestions(other, [first!.id], 'reject')).toHaveLength(0);
  });

  it('the door takes suggestions named by author and time, and refuses any other', () => {
    const live = seedSharedDoc(draft);
    const guard = new SharedDocGuard(live);
    const attempt = (edit: (doc: Y.Doc) => void) => {
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
      const before = Y.encodeStateVector(client);
      edit(client);
      return guard.check(Y.encodeStateAsUpdate(client, before));
    };
    const text = (doc: Y.Doc) => (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    expect(attempt((doc) => text(doc).insert(0, 'New ', { insertion: { id: newSuggestionId('rev1') } }))).toBeNull();
    expect(attempt((doc) => text(doc).format(0, 5, { deletion: { id: 'forged' } }))?.message).toMatch(/named by its author and time/);
    expect(attempt((doc) => fieldSuggestionsMapOf(doc).set(newSuggestionId('rev1'), { field: 'headline', text: 'Better' }))).toBeNull();
    expect(attempt((doc) => fieldSuggestionsMapOf(doc).set('x', { field: 'headline', text: 'Better' }))?.field).toBe('suggestions');
    expect(attempt((doc) => fieldSuggestionsMapOf(doc).set(newSuggestionId('rev1'), { field: 'slug', text: 'x' }))?.field).toBe('suggestions');
    expect(attempt((doc) => fieldSuggestionsMapOf(doc).set(newSuggestionId('rev1'), { field: 'headline', text: 'x'.repeat(1_001) }))?.field).toBe(
      'suggestions',
    );
  });

  it("the door takes a suggestion in the name of the person at the socket, or one already in the story, and refuses anyone else's", () => {
    const live = seedSharedDoc(draft);
    const guard = new SharedDocGuard(live);
    const anna = newSuggestionId('anna');
    const send = sender(live, guard);
    const text = (doc: Y.Doc) => (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const mine = { field: 'body', message: 'A suggestion can only be made in your own name.' };
    // Anna proposes; Boris may not propose in her name, nor in anyone else's.
    expect(send('anna', (doc) => text(doc).insert(0, 'New ', { insertion: { id: anna } }))).toBeNull();
    expect(send('boris', (doc) => text(doc).insert(0, 'Old ', { insertion: { id: newSuggestionId('anna') } }))).toEqual(mine);
    expect(send('boris', (doc) => text(doc).format(4, 6, { deletion: { id: newSuggestionId('carla') } }))).toEqual(mine);
    // Nor at a time ahead of the server's clock (it would sort first for days).
    expect(send('boris', (doc) => text(doc).format(4, 6, { deletion: { id: newSuggestionId('boris', Date.now() + 3_600_000) } }))).toEqual(mine);
    // Typing plain text inside Anna's proposed text re-states her mark around it: her id, already in the story, passes.
    expect(send('boris', (doc) => text(doc).insert(2, 'x', {}))).toBeNull();
    expect(send('boris', (doc) => text(doc).insert(1, 'y', { insertion: { id: anna } }))).toBeNull();
    expect(send('boris', (doc) => text(doc).format(6, 4, { deletion: { id: newSuggestionId('boris') } }))).toBeNull();
    // A proposed headline is only ever written by its author.
    expect(send('boris', (doc) => fieldSuggestionsMapOf(doc).set(newSuggestionId('anna'), { field: 'headline', text: 'Better' }))).toMatchObject({
      field: 'suggestions',
    });
    expect(send('boris', (doc) => fieldSuggestionsMapOf(doc).set(newSuggestionId('boris'), { field: 'headline', text: 'Better' }))).toBeNull();
    // Nor rewritten or removed by anyone else (an overwrite names no key in the update itself: the door reads what changed).
    const annasHeadline = newSuggestionId('anna');
    expect(send('anna', (doc) => fieldSuggestionsMapOf(doc).set(annasHeadline, { field: 'headline', text: 'Talks resume' }))).toBeNull();
    expect(send('boris', (doc) => fieldSuggestionsMapOf(doc).set(annasHeadline, { field: 'headline', text: 'Talks collapse' }))).toMatchObject({
      field: 'suggestions',
    });
    expect(send('boris', (doc) => fieldSuggestionsMapOf(doc).delete(annasHeadline))).toMatchObject({ field: 'suggestions' });
    expect(fieldSuggestionsMapOf(live).get(annasHeadline)).toEqual({ field: 'headline', text: 'Talks resume' });
    expect(
      openSuggestionsOf(live)
        .body.map((s) => s.authorId)
        .sort(),
    ).toEqual(['anna', 'boris']);
    // A keystroke that joins Anna's suggestion, crossing its acceptance on the server, is not refused.
    decideSuggestions(live, [anna], 'accept');
    expect(send('boris', (doc) => text(doc).insert(0, 'z', { insertion: { id: anna } }))).toBeNull();
  });

  it('the door remembers the suggestions a story held when it opened: undoing the removal of one, after it left the text, is not refused', () => {
    const live = seedSharedDoc(draft);
    const text = (doc: Y.Doc) => (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const anna = newSuggestionId('anna');
    text(live).insert(0, 'New ', { insertion: { id: anna } });
    const guard = new SharedDocGuard(live); // as after a restart: Anna's suggestion came in before this door
    text(live).delete(0, 4); // Boris deleted her proposed words (proposed text goes outright)
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
    const before = Y.encodeStateVector(client);
    text(client).insert(0, 'New ', { insertion: { id: anna } }); // his undo brings them back, in her name
    expect(guard.check(Y.encodeStateAsUpdate(client, before), 'boris')).toBeNull();
  });

  it('a suggestion on a block (a heading proposed) is listed, decided, kept from readers, and named at the door like any other', () => {
    const live = seedSharedDoc(draft);
    const guard = new SharedDocGuard(live);
    const send = sender(live, guard);
    const first = (doc: Y.Doc) => doc.getXmlFragment('default').get(0) as Y.XmlElement;
    const asHeading = (id: string) =>
      JSON.stringify([
        { type: 'modification', attrs: { id, type: 'nodeType', attrName: null, previousValue: 'paragraph', newValue: 'heading' } },
        { type: 'modification', attrs: { id, type: 'attr', attrName: 'level', previousValue: null, newValue: 2 } },
      ]);
    const mine = { field: 'body', message: 'A suggestion can only be made in your own name.' };
    // Not in shape, an id that names no one, a type the block could never go back to, or on a part that is no block: refused by its shape.
    const shape = { field: 'body', message: 'A suggestion on a block must be named by its author and time, in the shape the editor writes.' };
    expect(send('boris', (doc) => first(doc).setAttribute('suggestions', '[{"type":"insertion"}]'))).toEqual(shape);
    expect(send('boris', (doc) => first(doc).setAttribute('suggestions', JSON.stringify([{ type: 'insertion', attrs: { id: 'nobody' } }])))).toEqual(shape);
    const asTable = JSON.stringify([
      { type: 'modification', attrs: { id: newSuggestionId('boris'), type: 'nodeType', attrName: null, previousValue: 'table', newValue: 'paragraph' } },
    ]);
    expect(send('boris', (doc) => first(doc).setAttribute('suggestions', asTable))).toEqual(shape);
    const ownInsertion = JSON.stringify([{ type: 'insertion', attrs: { id: newSuggestionId('boris') } }]);
    expect(
      send('boris', (doc) => {
        const row = new Y.XmlElement('tableRow');
        row.setAttribute('suggestions', ownInsertion);
        first(doc).insert(0, [row]);
      }),
    ).toEqual(shape);
    // In someone else's name: refused as text suggestions are.
    expect(send('boris', (doc) => first(doc).setAttribute('suggestions', asHeading(newSuggestionId('anna'))))).toEqual(mine);
    // In one's own name, with the block made a heading by the same update, as the editor sends it.
    const boris = newSuggestionId('boris');
    expect(
      send('boris', (doc) => {
        const paragraph = first(doc);
        const heading = new Y.XmlElement('heading');
        heading.setAttribute('level', 2 as unknown as string);
        heading.setAttribute('suggestions', asHeading(boris));
        heading.insert(0, [new Y.XmlText((paragraph.get(0) as Y.XmlText).toString())]);
        doc.getXmlFragment('default').delete(0, 1);
        doc.getXmlFragment('default').insert(0, [heading]);
      }),
    ).toBeNull();
    const open = openSuggestionsOf(live);
    expect(open.body).toEqual([expect.objectContaining({ authorId: 'boris', formatted: 'Heading 2 (was paragraph)' })]);
    expect(countOpen(open)).toBe(1);
    // Readers get the paragraph as it was.
    expect(renderBodyHtml(readSharedDraft(live, draft).body)).not.toContain('<h2');
    expect(JSON.stringify(readStoredDraft(live, draft).body)).not.toContain('heading');
    // An editor accepts it: a plain heading, nothing of the suggestion left.
    expect(decideSuggestions(live, [boris], 'accept')).toEqual([expect.objectContaining({ id: boris, summary: 'format ‘Heading 2 (was paragraph)’' })]);
    expect(first(live).nodeName).toBe('heading');
    expect(first(live).getAttribute('suggestions')).toBeUndefined();
    expect(countOpen(openSuggestionsOf(live))).toBe(0);
  });
});
