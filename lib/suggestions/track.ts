// An edit made while suggesting, as the suggestion it becomes: prosemirror-suggest-changes
// turns it into text proposed for insertion or deletion, and what this person typed or
// deleted is then made theirs. (The library gives a change typed right against someone
// else's suggestion that suggestion's id, so it would be listed as theirs; in Google Docs
// it is a suggestion of its own.)
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { ReplaceStep } from '@tiptap/pm/transform';
import type { MarkType } from '@tiptap/pm/model';
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

/** The transaction `original` (made on `state`) as this person's suggestion `id`. */
export function trackAsSuggestion(original: Transaction, state: EditorState, authorId: string, id: string): Transaction {
  const tracked = transformToSuggestionTransaction(original, state, () => id);
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
