// Suggestions in a story's body: which are open, and the body with some or all of them
// accepted or rejected. Pure: the same code runs in the browser's margin and on the server.
import { applySuggestion, applySuggestions, revertSuggestion, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { TDocNode } from '@/lib/content/document';
import { bodySchema } from '@/lib/content/schema';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';
import { suggestionOrigin } from './ids';

/** The zero-width space prosemirror-suggest-changes writes where a suggestion joins or splits paragraphs. */
const BOUNDARY = '\u200B';

export type BodySuggestion = {
  id: string;
  authorId: string | null;
  at: string | null;
  /** Text proposed for insertion, and for deletion (a paragraph break shows as ¶). */
  inserted: string;
  deleted: string;
  /** The first paragraph (1-based, in reading order) it touches. */
  paragraph: number;
};

export type Decision = 'accept' | 'reject';

/** Whether a body holds any suggestion at all (a walk over its JSON, stopping at the first). */
export function hasSuggestions(body: TDocNode): boolean {
  const stack: TDocNode[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.marks?.some((mark) => isSuggestionMark(mark.type))) return true;
    if (node.content) stack.push(...node.content);
  }
  return false;
}

/** Collects suggestions from text runs met in reading order (`paragraph` the 1-based block they are in). */
class SuggestionCollector {
  readonly found = new Map<string, BodySuggestion>();
  paragraph = 0;
  text(text: string, marks: readonly { type: string; id: unknown }[]) {
    const proposed = marks.some((mark) => mark.type === 'insertion');
    for (const mark of marks) {
      if (!isSuggestionMark(mark.type) || (proposed && mark.type === 'deletion')) continue;
      const id = String(mark.id ?? '');
      if (!id) continue;
      let entry = this.found.get(id);
      if (!entry) {
        const origin = suggestionOrigin(id);
        entry = {
          id,
          authorId: origin?.authorId ?? null,
          at: origin?.at.toISOString() ?? null,
          inserted: '',
          deleted: '',
          paragraph: Math.max(this.paragraph, 1),
        };
        this.found.set(id, entry);
      }
      const shown = text.replaceAll(BOUNDARY, '¶');
      if (mark.type === 'insertion') entry.inserted += shown;
      else if (mark.type === 'deletion') entry.deleted += shown;
    }
  }
}

const isParagraph = (type: string) => type === 'paragraph' || type === 'heading';

/** The open suggestions of a body, in reading order, each with what it proposes. */
export function suggestionsInBody(body: TDocNode): BodySuggestion[] {
  const collect = new SuggestionCollector();
  const visit = (node: TDocNode) => {
    if (node.type === 'text')
      return collect.text(
        node.text ?? '',
        (node.marks ?? []).map((mark) => ({ type: mark.type, id: mark.attrs?.id })),
      );
    if (isParagraph(node.type)) collect.paragraph++;
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return [...collect.found.values()];
}

/** The same, read straight from an editor's document (no JSON made: the margin reads it as people type). */
export function suggestionsInDoc(doc: PMNode): BodySuggestion[] {
  const collect = new SuggestionCollector();
  doc.descendants((node) => {
    if (node.isText)
      collect.text(
        node.text ?? '',
        node.marks.map((mark) => ({ type: mark.type.name, id: mark.attrs.id })),
      );
    else if (isParagraph(node.type.name)) collect.paragraph++;
    return true;
  });
  return [...collect.found.values()];
}

/**
 * Text proposed for insertion that also carries another person's proposed deletion. Editing
 * never makes it (deleting proposed text removes it outright); a merge does: a proposed
 * insertion typed, offline or at the same moment, right at the edge of someone's proposed
 * deletion may land inside its range, depending on how Yjs orders the two. As in Google Docs
 * the two stay separate suggestions, so the deletion's mark is taken off the inserted text
 * before anything is decided, and the lists above never count it as part of the deletion.
 */
function separateMerged(state: EditorState): Transaction | null {
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const deleted = node.marks.find((mark) => mark.type.name === 'deletion');
    if (deleted && node.marks.some((mark) => mark.type.name === 'insertion')) tr.removeMark(pos, pos + node.nodeSize, deleted);
    return false;
  });
  return tr.docChanged ? tr : null;
}

/** Where the zero-width spaces inside the suggestions `ids` (or all) are: the library's marks of a paragraph split or joined. */
function boundariesOf(doc: PMNode, ids: Set<string> | 'all'): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text!.includes(BOUNDARY)) return true;
    const decided = node.marks.some((mark) => isSuggestionMark(mark.type.name) && (ids === 'all' || ids.has(String(mark.attrs.id))));
    if (decided) for (let i = node.text!.indexOf(BOUNDARY); i >= 0; i = node.text!.indexOf(BOUNDARY, i + 1)) out.push(pos + i);
    return false;
  });
  return out;
}

/**
 * Textblocks whose whole content is marked with `markName` by one of `ids` (a paragraph
 * proposed whole, or proposed for deletion whole): once that text goes, the empty
 * paragraph goes too.
 */
function blocksConsumed(doc: PMNode, markName: string, ids: Set<string> | 'all'): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (node.content.size === 0) return false;
    let whole = true;
    node.forEach((child) => {
      const mark = child.marks.find((m) => m.type.name === markName);
      if (!mark || (ids !== 'all' && !ids.has(String(mark.attrs.id)))) whole = false;
    });
    if (whole) out.push(pos);
    return false;
  });
  return out;
}

/**
 * The body with the suggestions `ids` (or all) accepted or rejected, by the suggest-changes
 * commands: accepting keeps proposed text and removes text proposed for deletion;
 * rejecting does the opposite. Paragraphs left empty by it are removed.
 */
export function decideInBody(body: TDocNode, ids: Set<string> | 'all', decision: Decision): TDocNode {
  if (!hasSuggestions(body)) return body;
  const schema = bodySchema();
  let state = EditorState.create({ schema, doc: schema.nodeFromJSON(body) });
  const separated = separateMerged(state);
  if (separated) state = state.apply(separated);
  const consumed = blocksConsumed(state.doc, decision === 'accept' ? 'deletion' : 'insertion', ids);
  const boundaries = boundariesOf(state.doc, ids);
  const start = state.doc;
  const steps: Transaction[] = [];
  const dispatch = (tr: Transaction) => {
    steps.push(tr);
    state = state.apply(tr);
  };
  // All at once is one pass over the document; a few by id, one pass each.
  if (ids === 'all') (decision === 'accept' ? applySuggestions : revertSuggestions)(state, dispatch);
  else for (const id of ids) (decision === 'accept' ? applySuggestion : revertSuggestion)(id)(state, dispatch);
  // The zero-width spaces that marked where the decided suggestions split or joined paragraphs go with them.
  const leftover = boundaries
    .map((pos) => steps.reduce<number | null>((at, step) => (at === null ? null : step.mapping.mapResult(at).deleted ? null : step.mapping.map(at)), pos))
    .filter((pos): pos is number => pos !== null && state.doc.textBetween(pos, pos + 1) === BOUNDARY);
  if (leftover.length) {
    const tr = state.tr;
    for (const pos of leftover.sort((a, b) => b - a)) tr.delete(pos, pos + 1);
    steps.push(tr);
    state = state.apply(tr);
  }
  if (consumed.length) {
    const tr = state.tr;
    for (const pos of consumed.reverse()) {
      const mapped = steps.reduce((at, step) => step.mapping.map(at), pos);
      const node = tr.doc.nodeAt(mapped);
      if (node?.isTextblock && node.content.size === 0 && tr.doc.childCount > 1) tr.delete(mapped, mapped + node.nodeSize);
    }
    if (tr.docChanged) state = state.apply(tr);
  }
  return state.doc === start && !separated ? body : (state.doc.toJSON() as TDocNode);
}

/** The body as it stands with every open suggestion left out: what readers, feeds and every output get. */
export const acceptedBody = (body: TDocNode): TDocNode => decideInBody(body, 'all', 'reject');
