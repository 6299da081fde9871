// Accepting or rejecting some suggestions by id, text and whole blocks. This is
// prosemirror-suggest-changes' applySuggestion/revertSuggestion with the suggestion's id
// checked everywhere: the library's (0.1.8) run to the end of a suggestion takes in the
// text or block right after it when it carries the same kind of mark under another id, so
// rejecting Boris's comma also removed Anna's proposed word typed right after it.
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';

/** The zero-width space prosemirror-suggest-changes writes where a suggestion joins or splits paragraphs. */
export const BOUNDARY = '\u200B';

const carries = (node: PMNode | null | undefined, markName: string, ids: Set<string>) =>
  !!node?.marks.some((mark) => mark.type.name === markName && ids.has(String(mark.attrs.id)));

/**
 * Where a suggestion's run of `markName` under `ids`, from `$pos` (the end of one of its
 * parts), ends: over the parts right after it that carry it, and across the end of a
 * paragraph when the next one starts with it (a proposed paragraph break or join).
 */
function runEnd($pos: ResolvedPos, markName: string, ids: Set<string>): number {
  const doc = $pos.doc;
  let at = $pos.pos;
  for (;;) {
    const $at = doc.resolve(at);
    if ($at.depth < 1) return at;
    if ($at.nodeAfter) {
      if (!carries($at.nodeAfter, markName, ids)) return at;
      at += $at.nodeAfter.nodeSize;
      continue;
    }
    // The end of a block: the next block (climbing out of blocks that end here too) must start with the same suggestion.
    let depth = $at.depth;
    while (depth > 1 && $at.index(depth - 1) === $at.node(depth - 1).childCount - 1) depth--;
    const after = $at.after(depth);
    let cousin = doc.resolve(after).nodeAfter;
    let start = after;
    while (cousin && !cousin.isLeaf && !carries(cousin, markName, ids)) {
      cousin = cousin.firstChild;
      start++;
    }
    if (!cousin || !carries(cousin, markName, ids)) return at;
    at = start + cousin.nodeSize;
  }
}

/**
 * The suggestions `ids` accepted (their proposed text and blocks kept, what they proposed
 * for deletion removed) or rejected (the opposite), in one transaction. Proposed block types
 * are decided apart (body.ts).
 */
export function decideById(state: EditorState, ids: Set<string>, decision: 'accept' | 'reject'): Transaction {
  const tr = state.tr;
  const goes = decision === 'accept' ? 'deletion' : 'insertion';
  const stays = decision === 'accept' ? 'insertion' : 'deletion';
  const removals: [number, number][] = [];
  state.doc.descendants((node, pos) => {
    if (removals.length && pos < removals.at(-1)![1]) return false;
    if (carries(node, goes, ids)) {
      let end = runEnd(state.doc.resolve(pos + node.nodeSize), goes, ids);
      // As the library does, a word removed from between two spaces takes one with it: the second, or the first when the second is part of another suggestion.
      let start = pos;
      const plainAt = (at: number) =>
        state.doc.textBetween(at, at + 1, 'x', 'x') === ' ' && !state.doc.nodeAt(at)?.marks.some((mark) => isSuggestionMark(mark.type.name));
      const spaced =
        pos > 0 &&
        end < state.doc.content.size &&
        state.doc.textBetween(pos - 1, pos, 'x', 'x') === ' ' &&
        state.doc.textBetween(end, end + 1, 'x', 'x') === ' ';
      if (spaced && plainAt(end)) end++;
      else if (spaced && plainAt(pos - 1)) start--;
      removals.push([start, end]);
      return false;
    }
    const kept = node.marks.find((mark) => mark.type.name === stays && ids.has(String(mark.attrs.id)));
    if (kept) {
      if (!node.isInline) tr.removeNodeMark(pos, kept);
      else if (node.text === BOUNDARY) removals.push([pos, pos + node.nodeSize]);
      else tr.removeMark(pos, pos + node.nodeSize, kept);
    }
    return true;
  });
  for (const [from, to] of removals.reverse()) tr.deleteRange(tr.mapping.map(from), tr.mapping.map(to));
  return tr;
}
