// An edit made while suggesting, as the suggestion it becomes: prosemirror-suggest-changes
// turns it into text proposed for insertion or deletion, and what this person typed or
// deleted is then made theirs. (The library gives a change typed right against someone
// else's suggestion that suggestion's id, so it would be listed as theirs; in Google Docs
// it is a suggestion of its own.)
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { ReplaceStep } from '@tiptap/pm/transform';
import type { MarkType, Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { attrsFollowMarks, blockSuggestionsValue, parseBlockSuggestions } from '@/lib/content/block-suggestions';
import { suggestionOrigin } from './ids';

type Mark = ReturnType<MarkType['create']>;
type Range = [number, number];

/** Text in [from, to) of the tracked document marked `type` with an id other than `wanted`'s, and for which `replace` says so, given `wanted` instead. */
function remark(tracked: Transaction, type: MarkType, [from, to]: Range, wanted: Mark, replace: (found: Mark) => boolean) {
  if (from >= to) return;
  const ranges: [number, number, Mark][] = [];
  tracked.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const found = type.isInSet(node.marks);
    if (found && found.attrs.id !== wanted.attrs.id && replace(found)) ranges.push([Math.max(pos, from), Math.min(pos + node.nodeSize, to), found]);
    return false;
  });
  for (const [start, end, found] of ranges) tracked.removeMark(start, end, found).addMark(start, end, wanted);
}

/** The block at `pos` marked `type` with `wanted`'s id instead of another, when `replace` says so. */
function reidBlock(tracked: Transaction, pos: number, type: MarkType, wanted: Mark, replace: (found: Mark) => boolean) {
  const found = type.isInSet(tracked.doc.nodeAt(pos)?.marks ?? []);
  if (!found || found.attrs.id === wanted.attrs.id || !replace(found)) return;
  tracked.removeNodeMark(pos, found).addNodeMark(pos, wanted);
}

/** [from, to) less the ranges `minus` (sorted, apart). */
function without([from, to]: Range, minus: Range[]): Range[] {
  const out: Range[] = [];
  let at = from;
  for (const [start, end] of minus) {
    if (end <= at || start >= to) continue;
    if (start > at) out.push([at, start]);
    at = Math.max(at, end);
  }
  if (at < to) out.push([at, to]);
  return out;
}

/** Where the content this transaction inserted is in its final document. */
function insertedRanges(tracked: Transaction): Range[] {
  const out: Range[] = [];
  tracked.steps.forEach((step, i) => {
    if (!(step instanceof ReplaceStep) || !step.slice.size) return;
    const rest = tracked.mapping.slice(i + 1);
    const from = rest.map(step.from, 1);
    const to = rest.map(step.from + step.slice.size, -1);
    if (from < to) out.push([from, to]);
  });
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Makes a tracked change this person's and only theirs. The library gives text typed or
 * deleted right against someone else's suggestion that suggestion's id, and re-ids a
 * neighbouring suggestion to join it to the new one; here what this change inserted, or
 * newly marked for deletion, carries this person's id, and every other person's marks
 * outside it stay as they were.
 */
function keepAuthorship(tracked: Transaction, state: EditorState, original: Transaction, authorId: string, id: string) {
  const { insertion, deletion } = state.schema.marks;
  if (!insertion || !deletion) return;
  const theirs = (mark: Mark) => suggestionOrigin(mark.attrs.id)?.authorId !== authorId;
  const inserted = insertedRanges(tracked);
  for (const range of inserted) remark(tracked, insertion, range, insertion.create({ id }), theirs);
  // Text newly proposed for deletion by this change (the original's first step, in the state's positions).
  const [first] = original.steps;
  if (first instanceof ReplaceStep && first.from < first.to)
    state.doc.nodesBetween(first.from, first.to, (node, pos) => {
      if (!node.isText) return true;
      if (deletion.isInSet(node.marks)) return false;
      const range: Range = [tracked.mapping.map(Math.max(pos, first.from), 1), tracked.mapping.map(Math.min(pos + node.nodeSize, first.to), -1)];
      for (const part of without(range, inserted)) remark(tracked, deletion, part, deletion.create({ id }), theirs);
      return false;
    });
  // The same for whole blocks: one this change inserted is this person's, and everyone else's keep their ids.
  for (const [from, to] of inserted)
    tracked.doc.nodesBetween(from, to, (node, pos) => {
      if (node.isInline) return false;
      if (pos >= from && pos + node.nodeSize <= to) reidBlock(tracked, pos, insertion, insertion.create({ id }), theirs);
      return true;
    });
  state.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    for (const mark of node.marks) {
      if ((mark.type !== insertion && mark.type !== deletion) || !theirs(mark)) continue;
      const at = tracked.mapping.mapResult(pos, 1);
      if (!at.deleted && tracked.doc.nodeAt(at.pos)?.type === node.type) reidBlock(tracked, at.pos, mark.type, mark, () => true);
    }
    return true;
  });
  // Everyone else's suggestions keep their ids wherever their text still stands.
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if ((mark.type !== insertion && mark.type !== deletion) || !theirs(mark)) continue;
      const range: Range = [tracked.mapping.map(pos, 1), tracked.mapping.map(pos + node.nodeSize, -1)];
      for (const part of without(range, inserted)) remark(tracked, mark.type, part, mark, () => true);
    }
    return false;
  });
}

/** Thrown when a change has no form as a suggestion (the library cannot express it, or the block holds someone else's proposed type); the message says why when known. */
export class NotSuggestable extends Error {}

export const SOMEONE_ELSES_TYPE = "Someone else has proposed a change to this block's type: accept or reject theirs first.";
export const SETTINGS_NOT_SUGGESTABLE = "A caption or an image's settings cannot be proposed: change them with Suggesting off.";

/** A block's proposed change that is not a type, a heading level, or the block in or out whole (a caption, an image's settings) has no form as a suggestion. */
function onlySuggestableBlockChanges(tracked: Transaction) {
  tracked.doc.descendants((node) => {
    if (node.isInline) return false;
    if (node.marks.length && parseBlockSuggestions(blockSuggestionsValue(node.marks)) === 'invalid') {
      const settings = node.marks.some((mark) => mark.type.name === 'modification' && mark.attrs.type !== 'nodeType' && mark.attrs.attrName !== 'level');
      throw new NotSuggestable(settings ? SETTINGS_NOT_SUGGESTABLE : '');
    }
    return !node.isTextblock;
  });
}

/**
 * One proposed type per block. The library keeps one modification mark per attribute and
 * decides a block's modifications all together, so two people's on one block cannot be
 * told apart: a person's second change to a block they already proposed a type for joins
 * it (one suggestion, Reject gives back the block as it was before both); a change over
 * someone else's proposed type is refused.
 */
function oneProposedTypePerBlock(tracked: Transaction, authorId: string, id: string) {
  tracked.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    const mods = node.marks.filter((mark) => mark.type.name === 'modification');
    if (new Set(mods.map((mark) => mark.attrs.id)).size > 1) {
      if (mods.some((mark) => suggestionOrigin(mark.attrs.id)?.authorId !== authorId)) throw new NotSuggestable(SOMEONE_ELSES_TYPE);
      for (const mark of mods) {
        if (mark.attrs.id === id) continue;
        tracked.removeNodeMark(pos, mark);
        tracked.addNodeMark(pos, mark.type.create({ ...mark.attrs, id }));
      }
    }
    return !node.isTextblock;
  });
}

/**
 * Paragraphs pasted at once, as a typist would have made them: the text of each, with a
 * paragraph break between. The library would propose each pasted paragraph whole, as a
 * block suggestion; as typed text with breaks, the proposal reads and decides like typing
 * (part of it can be accepted with the text around it). Null for any other change.
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
    throw new NotSuggestable();
  }
  keepAuthorship(tracked, state, original, authorId, id);
  attrsFollowMarks(tracked);
  oneProposedTypePerBlock(tracked, authorId, id);
  attrsFollowMarks(tracked);
  onlySuggestableBlockChanges(tracked);
  return tracked;
}
