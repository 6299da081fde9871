// An edit made while suggesting, as the suggestion it becomes: prosemirror-suggest-changes
// turns it into text proposed for insertion or deletion, and what this person typed or
// deleted is then made theirs. (The library gives a change typed right against someone
// else's suggestion that suggestion's id, so it would be listed as theirs; in Google Docs
// it is a suggestion of its own.)
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { ReplaceStep } from '@tiptap/pm/transform';
import type { MarkType, Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { suggestionOrigin } from './ids';

/** Gives text in [from, to) of the tracked document marked `type` by someone else's suggestion this person's id instead. */
function takeOver(tracked: Transaction, type: MarkType, from: number, to: number, authorId: string, id: string) {
  if (from >= to) return;
  const ranges: [number, number, ReturnType<MarkType['create']>][] = [];
  tracked.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const mark = type.isInSet(node.marks);
    if (mark && suggestionOrigin(mark.attrs.id)?.authorId !== authorId) ranges.push([Math.max(pos, from), Math.min(pos + node.nodeSize, to), mark]);
    return false;
  });
  for (const [start, end, mark] of ranges) tracked.removeMark(start, end, mark).addMark(start, end, type.create({ ...mark.attrs, id }));
}

/** Thrown when a change has no form as a suggestion here (it would mark a block itself, which the shared document cannot carry). */
export class NotSuggestable extends Error {}

/**
 * Paragraphs pasted at once, as a typist would have made them: the text of each, with a
 * paragraph break between. The library marks a paragraph inserted whole on the paragraph
 * itself, which this schema does not allow (the shared document carries marks on text
 * only), but it proposes typed text and paragraph breaks. Null for any other change.
 */
function pastedParagraphsAsTyping(original: Transaction, state: EditorState): Transaction | null {
  const [step] = original.steps;
  if (original.steps.length !== 1 || !(step instanceof ReplaceStep)) return null;
  const { slice } = step;
  if (slice.openStart !== 1 || slice.openEnd !== 1 || slice.content.childCount < 2) return null;
  const blocks: PMNode[] = [];
  slice.content.forEach((block) => blocks.push(block));
  if (!blocks.every((block) => block.type.name === 'paragraph' && block.inlineContent)) return null;
  const tr = state.tr;
  if (step.from < step.to) tr.delete(step.from, step.to);
  let pos = step.from;
  blocks.forEach((block, i) => {
    if (i > 0) {
      tr.split(pos);
      pos += 2;
    }
    tr.insert(pos, block.content);
    pos += block.content.size;
  });
  return tr;
}

/** The transaction `original` (made on `state`) as this person's suggestion `id`; NotSuggestable when it has no form as one. */
export function trackAsSuggestion(original: Transaction, state: EditorState, authorId: string, id: string): Transaction {
  let tracked: Transaction;
  try {
    tracked = transformToSuggestionTransaction(pastedParagraphsAsTyping(original, state) ?? original, state, () => id);
  } catch {
    throw new NotSuggestable(); // the library cannot express it: a block's type changed, a table or an image inserted whole
  }
  // One replacement at a time (a keystroke, a deletion, typing over a selection): what it added or newly marked is this person's.
  const [step] = original.steps;
  if (original.steps.length !== 1 || !(step instanceof ReplaceStep)) return tracked;
  const { insertion, deletion } = state.schema.marks;
  if (!insertion || !deletion) return tracked;
  const map = (pos: number, assoc: -1 | 1) => tracked.mapping.map(pos, assoc);
  if (step.slice.size) takeOver(tracked, insertion, map(step.to, -1), map(step.to, 1), authorId, id);
  if (step.from < step.to)
    // Text this step marked for deletion is this person's; text someone had already proposed for deletion stays theirs.
    state.doc.nodesBetween(step.from, step.to, (node, pos) => {
      if (!node.isText) return true;
      const from = map(Math.max(pos, step.from), 1);
      const to = map(Math.min(pos + node.nodeSize, step.to), -1);
      const earlier = deletion.isInSet(node.marks);
      if (!earlier) takeOver(tracked, deletion, from, to, authorId, id);
      else if (from < to && !tracked.doc.rangeHasMark(from, to, earlier)) tracked.removeMark(from, to, deletion).addMark(from, to, earlier);
      return false;
    });
  return tracked;
}
