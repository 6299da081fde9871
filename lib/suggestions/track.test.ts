import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { docFromParagraphs, type TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { bodySchema } from '@/lib/content/schema';
import { decideInBody, suggestionsInBody } from './body';
import { newSuggestionId } from './ids';
import { SETTINGS_NOT_SUGGESTABLE, SOMEONE_ELSES_TYPE, trackAsSuggestion } from './track';

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

  it('deciding one of two suggestions side by side leaves the other as it was (the library’s own commands took the neighbour with it)', () => {
    const anna = suggest(base, 'anna', (s, at) => s.tr.insertText(' sharply', at(' in July')));
    const both = suggest(anna, 'boris', (s, at) => s.tr.insertText(',', at(' sharply')));
    const id = (body: TDocNode, who: string) => suggestionsInBody(body).find((x) => x.authorId === who)!.id;
    const rejected = decideInBody(both, new Set([id(both, 'boris')]), 'reject');
    expect(docToPlainText(rejected)).toBe('Growth was 3.4% sharply in July.');
    expect(listed(rejected)).toEqual([{ authorId: 'anna', inserted: ' sharply', deleted: '' }]);
    expect(docToPlainText(decideInBody(both, new Set([id(both, 'anna')]), 'reject'))).toBe('Growth was 3.4%, in July.');
    // Two deletions side by side: accepting hers removes her words only, his stay proposed.
    const cut = suggest(base, 'anna', (s, at) => s.tr.delete(at('3.4%'), at('3.4%') + 4));
    const cuts = suggest(cut, 'boris', (s, at) => s.tr.delete(at(' in July'), at(' in July') + 3));
    const accepted = decideInBody(cuts, new Set([id(cuts, 'anna')]), 'accept');
    expect(docToPlainText(accepted)).toBe('Growth was in July.');
    expect(listed(accepted)).toEqual([{ authorId: 'boris', inserted: '', deleted: ' in' }]);
    expect(docToPlainText(decideInBody(accepted, 'all', 'accept'))).toBe('Growth was July.');
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
});

describe('a change to a block itself is a suggestion on the block, carried in its attribute', () => {
  const withFigure: TDocNode = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Talks began.' }] },
      { type: 'figure', attrs: { src: 'https://example.com/a.jpg', alt: 'The table', caption: 'Delegates at the table', credit: '', crop: 'original' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'They end on Friday.' }] },
    ],
  };
  const types = (body: TDocNode) => (body.content ?? []).map((node) => (node.type === 'heading' ? `heading ${String(node.attrs?.level)}` : node.type));
  const blockAttrs = (body: TDocNode) => JSON.stringify(body).includes('"suggestions":"[');

  it('a heading level proposed: listed with what it was, accepted or rejected, and nothing of it left in the document', () => {
    const heading = suggest(base, 'boris', (s) => s.tr.setBlockType(1, 2, s.schema.nodes.heading!, { level: 2 }));
    expect(heading.content![0]!.attrs?.suggestions).toEqual(expect.stringContaining('boris~'));
    expect(suggestionsInBody(heading)).toEqual([
      expect.objectContaining({ authorId: 'boris', inserted: '', deleted: '', formatted: 'Heading 2 (was paragraph)' }),
    ]);
    const accepted = decideInBody(heading, 'all', 'accept');
    expect(types(accepted)).toEqual(['heading 2']);
    expect(blockAttrs(accepted) || JSON.stringify(accepted).includes('modification')).toBe(false);
    expect(decideInBody(heading, 'all', 'reject')).toEqual(base);
    // A level changed on a heading already there.
    const level = suggest(accepted, 'anna', (s) => s.tr.setNodeMarkup(0, undefined, { level: 3 }));
    expect(suggestionsInBody(level).map((x) => x.formatted)).toEqual(['Heading 3 (was heading 2)']);
    expect(types(decideInBody(level, 'all', 'reject'))).toEqual(['heading 2']);
    // A second reviewer's level over the first one's proposed heading is refused with the reason (the library decides a block's types together).
    expect(() => suggest(heading, 'anna', (s) => s.tr.setNodeMarkup(0, undefined, { level: 3 }))).toThrow(SOMEONE_ELSES_TYPE);
    // One's own second change joins the first: one suggestion, and Reject gives back the paragraph.
    const again = suggest(heading, 'boris', (s) => s.tr.setNodeMarkup(0, undefined, { level: 3 }));
    expect(suggestionsInBody(again).map((x) => [x.authorId, x.formatted])).toEqual([['boris', 'Heading 3 (was paragraph)']]);
    expect(decideInBody(again, 'all', 'reject')).toEqual(base);
    expect(types(decideInBody(again, 'all', 'accept'))).toEqual(['heading 3']);
  });

  it('one suggestion decided by its id leaves every other block’s proposed type as it was (the library alone decides them all)', () => {
    const two = docFromParagraphs(['Growth was 3.4% in July.', 'Officials expect more.']);
    const boris = suggest(two, 'boris', (s) => s.tr.setBlockType(1, 2, s.schema.nodes.heading!, { level: 2 }));
    const both = suggest(boris, 'anna', (s, at) => s.tr.setBlockType(at('Officials'), at('Officials') + 1, s.schema.nodes.heading!, { level: 3 }));
    const typed = suggest(both, 'carla', (s, at) => s.tr.insertText(' sharply', at(' in July')));
    const id = (who: string) => suggestionsInBody(typed).find((x) => x.authorId === who)!.id;
    expect(suggestionsInBody(typed).map((x) => [x.authorId, x.formatted || x.inserted])).toEqual([
      ['boris', 'Heading 2 (was paragraph)'],
      ['carla', ' sharply'],
      ['anna', 'Heading 3 (was paragraph)'],
    ]);
    const rejected = decideInBody(typed, new Set([id('boris')]), 'reject');
    expect(types(rejected)).toEqual(['paragraph', 'heading 3']);
    expect(suggestionsInBody(rejected).map((x) => x.authorId)).toEqual(['carla', 'anna']);
    const accepted = decideInBody(typed, new Set([id('carla')]), 'accept');
    expect(types(accepted)).toEqual(['heading 2', 'heading 3']);
    expect(suggestionsInBody(accepted).map((x) => [x.authorId, x.formatted])).toEqual([
      ['boris', 'Heading 2 (was paragraph)'],
      ['anna', 'Heading 3 (was paragraph)'],
    ]);
    expect(types(decideInBody(accepted, new Set([id('anna')]), 'accept'))).toEqual(['heading 2', 'heading 3']);
    expect(types(decideInBody(decideInBody(accepted, new Set([id('anna')]), 'accept'), 'all', 'reject'))).toEqual(['paragraph', 'heading 3']);
  });

  it('a block proposed right beside someone else’s proposed block is one’s own, and theirs stays theirs', () => {
    const two = docFromParagraphs(['Talks began.', 'They end on Friday.']);
    const image = (s: EditorState, src: string) => s.schema.nodes.figure!.create({ src, alt: src });
    const anna = suggest(two, 'anna', (s) => s.tr.insert(s.doc.child(0).nodeSize, image(s, 'https://example.com/a.jpg')));
    const boris = suggest(anna, 'boris', (s) => s.tr.insert(s.doc.child(0).nodeSize + s.doc.child(1).nodeSize, image(s, 'https://example.com/b.jpg')));
    expect(suggestionsInBody(boris).map((x) => [x.authorId, x.inserted])).toEqual([
      ['anna', '[image] https://example.com/a.jpg'],
      ['boris', '[image] https://example.com/b.jpg'],
    ]);
    const annas = suggestionsInBody(boris).find((x) => x.authorId === 'anna')!.id;
    expect(suggestionsInBody(decideInBody(boris, new Set([annas]), 'reject')).map((x) => x.authorId)).toEqual(['boris']);
  });

  it('a caption or an image’s settings changed while suggesting is refused with the reason; an impossible proposed type is never decided', () => {
    const withCaption: TDocNode = {
      type: 'doc',
      content: [{ type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'Old' } }, { type: 'paragraph' }],
    };
    expect(() =>
      suggest(withCaption, 'boris', (s) => s.tr.setNodeAttribute(0, 'caption', 'A new caption that is longer than sixty-four characters, as captions are.')),
    ).toThrow(SETTINGS_NOT_SUGGESTABLE);
    // A paragraph claiming to have been a table (only a hostile client writes it): dropped, never thrown on, so the story can still be stored.
    const hostile: TDocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          marks: [{ type: 'modification', attrs: { id: newSuggestionId('boris'), type: 'nodeType', previousValue: 'table', newValue: 'paragraph' } }],
          content: [{ type: 'text', text: 'Talks began.' }],
        },
      ],
    };
    expect(decideInBody(hostile, 'all', 'reject')).toEqual(docFromParagraphs(['Talks began.']));
  });

  it('an image proposed for deletion stays until accepted; one proposed for insertion shows only once accepted', () => {
    const figureAt = 1 + withFigure.content![0]!.content![0]!.text!.length + 1;
    const cut = suggest(withFigure, 'boris', (s) => s.tr.delete(figureAt, figureAt + 1));
    expect(types(cut)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(suggestionsInBody(cut)).toEqual([expect.objectContaining({ authorId: 'boris', deleted: '[image] Delegates at the table', inserted: '' })]);
    expect(types(decideInBody(cut, 'all', 'accept'))).toEqual(['paragraph', 'paragraph']);
    expect(decideInBody(cut, 'all', 'reject')).toEqual(withFigure);

    const two = docFromParagraphs(['Talks began.', 'They end on Friday.']);
    const added = suggest(two, 'anna', (s) =>
      s.tr.insert(s.doc.child(0).nodeSize, s.schema.nodes.figure!.create({ src: 'https://example.com/b.jpg', alt: 'A map' })),
    );
    expect(suggestionsInBody(added)).toEqual([expect.objectContaining({ authorId: 'anna', inserted: '[image] A map', deleted: '' })]);
    expect(types(decideInBody(added, 'all', 'accept'))).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(decideInBody(added, 'all', 'reject')).toEqual(two);
    // At the very end of the story too (the library alone throws there).
    const last = suggest(two, 'anna', (s) =>
      s.tr.insert(s.doc.content.size, s.schema.nodes.figure!.create({ src: 'https://example.com/b.jpg', alt: 'A map' })),
    );
    expect(types(last)).toEqual(['paragraph', 'paragraph', 'figure']);
    expect(decideInBody(last, 'all', 'reject')).toEqual(two);
    expect(types(decideInBody(last, 'all', 'accept'))).toEqual(['paragraph', 'paragraph', 'figure']);
  });

  it('a list proposed, and a list proposed to be undone: each decided both ways, leaving no empty item behind', () => {
    const three = docFromParagraphs(['One.', 'Two.', 'Three.']);
    const second = three.content![0]!.content![0]!.text!.length + 2;
    const listed = suggest(three, 'boris', (s) => {
      const range = s.doc.resolve(second + 1).blockRange(s.doc.resolve(second + 3))!;
      return s.tr.wrap(range, [{ type: s.schema.nodes.bulletList! }, { type: s.schema.nodes.listItem! }]);
    });
    expect(suggestionsInBody(listed).map((x) => x.authorId)).toEqual(['boris']);
    const made = decideInBody(listed, 'all', 'accept');
    expect(types(made)).toEqual(['paragraph', 'bulletList', 'paragraph']);
    expect(docToPlainText(made)).toBe(docToPlainText(three));
    expect(decideInBody(listed, 'all', 'reject')).toEqual(three);

    // Undoing the list (the item lifted out of it), proposed by someone else.
    const undone = suggest(made, 'anna', (s) => {
      const at = s.doc.child(0).nodeSize + 3;
      const range = s.doc.resolve(at).blockRange(s.doc.resolve(at + 2))!;
      return s.tr.lift(range, 0);
    });
    expect(suggestionsInBody(undone).map((x) => x.authorId)).toEqual(['anna']);
    expect(decideInBody(undone, 'all', 'accept')).toEqual(three);
    expect(decideInBody(undone, 'all', 'reject')).toEqual(made);
  });

  it('the attribute and the marks agree, and a body read back from its attribute alone decides the same', () => {
    const heading = suggest(base, 'boris', (s) => s.tr.setBlockType(1, 2, s.schema.nodes.heading!, { level: 2 }));
    const attributeOnly = JSON.parse(
      JSON.stringify(heading, (key, value) => (key === 'marks' && Array.isArray(value) && value.every((m) => m.type === 'modification') ? undefined : value)),
    ) as TDocNode;
    expect(attributeOnly.content![0]!.marks).toBeUndefined();
    expect(suggestionsInBody(attributeOnly)).toEqual(suggestionsInBody(heading));
    expect(decideInBody(attributeOnly, 'all', 'accept')).toEqual(decideInBody(heading, 'all', 'accept'));
    expect(decideInBody(attributeOnly, 'all', 'reject')).toEqual(base);
  });
});
