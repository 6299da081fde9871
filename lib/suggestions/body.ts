// Suggestions in a story's body: which are open, and the body with some or all of them
// accepted or rejected. Pure: the same code runs in the browser's margin and on the server.
import { applySuggestions, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import {
  BLOCK_SUGGESTIONS_ATTR,
  containsSuggestions,
  parseBlockSuggestions,
  withBlockAttrs,
  withBlockMarks,
  type BlockMark,
} from '@/lib/content/block-suggestions';
import type { TDocNode } from '@/lib/content/document';
import { bodySchema } from '@/lib/content/schema';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';
import { BOUNDARY, decideById } from './decide-by-id';
import { suggestionOrigin } from './ids';

export type BodySuggestion = {
  id: string;
  authorId: string | null;
  at: string | null;
  /** Text proposed for insertion, and for deletion (a paragraph break shows as ¶, a block whole as “[image]”, “[table] …”). */
  inserted: string;
  deleted: string;
  /** A block's type proposed: “Heading 2 (was paragraph)”; empty for none. */
  formatted: string;
  /** The first paragraph (1-based, in reading order) it touches. */
  paragraph: number;
};

export type Decision = 'accept' | 'reject';

/** Whether a body holds any suggestion at all. */
export const hasSuggestions = containsSuggestions;

/** Collects suggestions from text runs met in reading order (`paragraph` the 1-based block they are in). */
class SuggestionCollector {
  readonly found = new Map<string, BodySuggestion>();
  paragraph = 0;
  private entry(id: string): BodySuggestion {
    let entry = this.found.get(id);
    if (!entry) {
      const origin = suggestionOrigin(id);
      entry = {
        id,
        authorId: origin?.authorId ?? null,
        at: origin?.at.toISOString() ?? null,
        inserted: '',
        deleted: '',
        formatted: '',
        paragraph: Math.max(this.paragraph, 1),
      };
      this.found.set(id, entry);
    }
    return entry;
  }

  /** A block's own suggestion marks (`block` the block as shown in the list; `type` and `level` what it is now). */
  block(marks: readonly BlockMark[], block: () => string, now: { type: string; level: unknown }) {
    for (const mark of marks) {
      if (!mark.attrs.id) continue;
      const entry = this.entry(mark.attrs.id);
      if (mark.type === 'insertion') entry.inserted += block();
      else if (mark.type === 'deletion') entry.deleted += block();
      else if (!entry.formatted)
        entry.formatted = formattedChange(
          marks.filter((m) => m.type === 'modification' && m.attrs.id === mark.attrs.id),
          now,
        );
    }
  }

  text(text: string, marks: readonly { type: string; id: unknown }[]) {
    const proposed = marks.some((mark) => mark.type === 'insertion');
    for (const mark of marks) {
      if (!isSuggestionMark(mark.type) || (proposed && mark.type === 'deletion')) continue;
      const id = String(mark.id ?? '');
      if (!id) continue;
      const entry = this.entry(id);
      const shown = text.replaceAll(BOUNDARY, '¶');
      if (mark.type === 'insertion') entry.inserted += shown;
      else if (mark.type === 'deletion') entry.deleted += shown;
    }
  }
}

const isParagraph = (type: string) => type === 'paragraph' || type === 'heading';

const BLOCK_NAMES: Record<string, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'quote',
  bulletList: 'bulleted list',
  orderedList: 'numbered list',
  listItem: 'list item',
  figure: 'image',
  embed: 'embed',
  table: 'table',
  horizontalRule: 'rule',
};

/** How a block type reads in the list: “Heading 2”, “Paragraph”, “Numbered list”. */
function typeName(type: string, level: unknown): string {
  const name = type === 'heading' && typeof level === 'number' ? `heading ${level}` : (BLOCK_NAMES[type] ?? type);
  return name[0]!.toUpperCase() + name.slice(1);
}

/** A proposed block type, from the block's modification marks: “Heading 2 (was paragraph)”. */
function formattedChange(mods: readonly BlockMark[], now: { type: string; level: unknown }): string {
  const nodeType = mods.find((mod) => mod.attrs.type === 'nodeType');
  const level = mods.find((mod) => mod.attrs.type === 'attr' && mod.attrs.attrName === 'level');
  const wasType = typeof nodeType?.attrs.previousValue === 'string' ? nodeType.attrs.previousValue : now.type;
  const wasLevel = level ? level.attrs.previousValue : now.level;
  return `${typeName(now.type, now.level)} (was ${typeName(wasType, wasLevel).toLowerCase()})`;
}

/** A block proposed whole, as the list shows it: its kind and the start of its text (an image by its caption or description). */
function shownBlock(type: string, text: string, attrs: Record<string, unknown> | undefined): string {
  const words = (type === 'figure' ? String(attrs?.caption || attrs?.alt || '') : text).replace(/\s+/g, ' ').trim();
  const label = `[${BLOCK_NAMES[type] ?? type}]`;
  return words ? `${label} ${words.length > 60 ? `${words.slice(0, 59)}…` : words}` : label;
}

/** The text of a JSON node (for the list's description of a block). */
function jsonText(node: TDocNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(jsonText).join(' ');
}

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
    const marks = parseBlockSuggestions(node.attrs?.[BLOCK_SUGGESTIONS_ATTR]);
    if (Array.isArray(marks)) collect.block(marks, () => shownBlock(node.type, jsonText(node), node.attrs), { type: node.type, level: node.attrs?.level });
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
    else {
      if (isParagraph(node.type.name)) collect.paragraph++;
      const marks = node.marks.filter((mark) => isSuggestionMark(mark.type.name)).map((mark) => ({ type: mark.type.name, attrs: mark.attrs }) as BlockMark);
      if (marks.length)
        collect.block(marks, () => shownBlock(node.type.name, node.textBetween(0, node.content.size, ' ', ' '), node.attrs), {
          type: node.type.name,
          level: node.attrs.level,
        });
    }
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
 * A proposed type that the block could not go back to (its content does not fit the type it
 * names) is no suggestion: reverting it would throw and the story could not be stored.
 * Only a hostile client writes one; it is dropped before anything is decided.
 */
function withoutImpossibleTypes(state: EditorState): Transaction | null {
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    for (const mark of node.marks) {
      if (mark.type.name !== 'modification' || mark.attrs.type !== 'nodeType') continue;
      const was = state.schema.nodes[String(mark.attrs.previousValue)];
      if (!was || mark.attrs.newValue !== node.type.name || !was.validContent(node.content)) tr.removeNodeMark(pos, mark);
    }
    return !node.isTextblock;
  });
  return tr.docChanged ? tr : null;
}

/**
 * Proposed block types (modification marks on blocks) of the suggestions `ids` decided, and
 * everyone else's taken off and returned, to be put back once the rest is decided.
 */
function decideBlockTypes(state: EditorState, ids: Set<string>, decision: Decision, dispatch: (tr: Transaction) => void): { pos: number; marks: Mark[] }[] {
  const held: { pos: number; marks: Mark[] }[] = [];
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    const mods = node.marks.filter((mark) => mark.type.name === 'modification');
    if (!mods.length) return !node.isTextblock;
    const kept = node.marks.filter((mark) => mark.type.name !== 'modification');
    const decided = mods.some((mark) => ids.has(String(mark.attrs.id)));
    if (!decided) held.push({ pos, marks: mods });
    if (!decided || decision === 'accept') for (const mark of mods) tr.removeNodeMark(pos, mark);
    else {
      let type = node.type;
      const attrs: Record<string, unknown> = { ...node.attrs };
      for (const mod of mods) {
        if (mod.attrs.type === 'nodeType') type = state.schema.nodes[String(mod.attrs.previousValue)] ?? type;
        else if (mod.attrs.type === 'attr' && typeof mod.attrs.attrName === 'string') attrs[mod.attrs.attrName] = mod.attrs.previousValue;
      }
      tr.setNodeMarkup(pos, type, attrs, kept);
    }
    return !node.isTextblock;
  });
  if (tr.docChanged) dispatch(tr);
  return held;
}

/** Where `pos` is after `steps`; null once something there was deleted. */
function mapPast(steps: readonly Transaction[], pos: number): number | null {
  return steps.reduce<number | null>((at, step) => (at === null || step.mapping.mapResult(at).deleted ? null : step.mapping.map(at)), pos);
}

/**
 * The body with the suggestions `ids` (or all) accepted or rejected, by the suggest-changes
 * commands: accepting keeps proposed text and removes text proposed for deletion;
 * rejecting does the opposite. Paragraphs left empty by it are removed.
 */
export function decideInBody(body: TDocNode, ids: Set<string> | 'all', decision: Decision): TDocNode {
  if (!hasSuggestions(body)) return body;
  const schema = bodySchema();
  const marked = withBlockMarks(body);
  // prosemirror-suggest-changes 0.1.8 reads one character past a decided block that ends the document (and throws): a blank paragraph after it, taken away again below.
  const sentinel = !!marked.content?.at(-1)?.marks?.length;
  let state = EditorState.create({ schema, doc: schema.nodeFromJSON(sentinel ? { ...marked, content: [...marked.content!, { type: 'paragraph' }] } : marked) });
  const initial = state.doc;
  const possible = withoutImpossibleTypes(state);
  if (possible) state = state.apply(possible);
  const separated = separateMerged(state);
  if (separated) state = state.apply(separated);
  const consumed = blocksConsumed(state.doc, decision === 'accept' ? 'deletion' : 'insertion', ids);
  const boundaries = boundariesOf(state.doc, ids);
  const steps: Transaction[] = [];
  const dispatch = (tr: Transaction) => {
    steps.push(tr);
    state = state.apply(tr);
  };
  // All at once by the library's commands; some by id here (the library's per-id commands decide neighbours and every proposed type with them).
  if (ids === 'all') (decision === 'accept' ? applySuggestions : revertSuggestions)(state, dispatch);
  else {
    const held = decideBlockTypes(state, ids, decision, dispatch);
    dispatch(decideById(state, ids, decision));
    if (held.length) {
      const tr = state.tr;
      for (const { pos, marks } of held) {
        const mapped = mapPast(steps, pos);
        if (mapped !== null && tr.doc.nodeAt(mapped)) for (const mark of marks) tr.addNodeMark(mapped, mark);
      }
      dispatch(tr);
    }
  }
  // The zero-width spaces that marked where the decided suggestions split or joined paragraphs go with them.
  const leftover = boundaries
    .map((pos) => mapPast(steps, pos))
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
      if (!node?.isTextblock || node.content.size !== 0) continue;
      // With it go the list item, quote or list it was all of (a list proposed to be undone).
      const $at = tr.doc.resolve(mapped);
      let [from, to] = [mapped, mapped + node.nodeSize];
      for (let depth = $at.depth; depth > 0 && $at.node(depth).childCount === 1; depth--) [from, to] = [$at.before(depth), $at.after(depth)];
      if (from > 0 || to < tr.doc.content.size) tr.delete(from, to);
    }
    if (tr.docChanged) state = state.apply(tr);
  }
  if (state.doc === initial) return body;
  const out = withBlockAttrs(state.doc.toJSON() as TDocNode);
  const last = out.content?.at(-1);
  if (sentinel && out.content!.length > 1 && last?.type === 'paragraph' && !last.content?.length) out.content = out.content!.slice(0, -1);
  return out;
}

/** The body as it stands with every open suggestion left out: what readers, feeds and every output get. */
export const acceptedBody = (body: TDocNode): TDocNode => decideInBody(body, 'all', 'reject');
