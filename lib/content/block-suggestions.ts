// Suggestions on whole blocks: a heading level or a list proposed, an image, table or embed
// proposed for insertion or deletion. prosemirror-suggest-changes writes them as marks on
// the block itself; the shared document (y-tiptap) carries no marks on blocks, so there a
// block's suggestion marks travel as one attribute, `suggestions`, holding them as JSON.
// The editor keeps both in step, and the server turns the attribute back into marks to
// decide. Pure: no editor, no database.
import { Extension } from '@tiptap/core';
import type { Mark as PMMark, Node as PMNode, Schema } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import { z } from 'zod';
import type { TDocNode } from './document';
import { isSuggestionMark, SUGGESTION_ID, SUGGESTION_MARKS } from './suggestion-marks';

export const BLOCK_SUGGESTIONS_ATTR = 'suggestions';

/** The blocks a suggestion may sit on: each child of the document, a quote, a list or a list item. */
export const SUGGESTABLE_BLOCKS = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'figure', 'embed', 'table', 'horizontalRule'];
/** The marks the children of a document, quote, list or list item may carry: suggestions (in the editor and when deciding). */
export const blockSuggestionMarks = SUGGESTION_MARKS.join(' ');

const MAX_BLOCK_MARKS = 6;
/** The types a block may be proposed to change between (a paragraph and a heading, one kind of list and the other), and a heading's levels. */
export const SWAPPABLE_TYPES = ['paragraph', 'heading', 'bulletList', 'orderedList'] as const;
const ZLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]);
const ZId = z.string().regex(SUGGESTION_ID);
const ZBlockMark = z.union([
  z.strictObject({ type: z.enum(['insertion', 'deletion']), attrs: z.strictObject({ id: ZId }) }),
  z.strictObject({
    type: z.literal('modification'),
    attrs: z.strictObject({
      id: ZId,
      type: z.literal('nodeType'),
      attrName: z.null().optional(),
      previousValue: z.enum(SWAPPABLE_TYPES),
      newValue: z.enum(SWAPPABLE_TYPES),
    }),
  }),
  z.strictObject({
    type: z.literal('modification'),
    attrs: z.strictObject({ id: ZId, type: z.literal('attr'), attrName: z.literal('level'), previousValue: ZLevel, newValue: ZLevel }),
  }),
]);
/** One of a block's suggestion marks, as read (any of the shapes above). */
export type BlockMark = {
  type: (typeof SUGGESTION_MARKS)[number];
  attrs: { id: string; type?: string; attrName?: string | null; previousValue?: string | number | null; newValue?: string | number | null };
};
const ZBlockMarks = z
  .array(ZBlockMark)
  .min(1)
  .max(MAX_BLOCK_MARKS)
  // One proposed type per block (lib/suggestions/track.ts): the library decides a block's modifications together.
  .refine((marks) => new Set(marks.filter((mark) => mark.type === 'modification').map((mark) => mark.attrs.id)).size <= 1);

/** The suggestion marks an attribute value holds; null when there are none, 'invalid' when it is not in shape. */
export function parseBlockSuggestions(value: unknown): BlockMark[] | null | 'invalid' {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || value.length > 2048) return 'invalid';
  try {
    const parsed = ZBlockMarks.safeParse(JSON.parse(value));
    return parsed.success ? (parsed.data as BlockMark[]) : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** The attribute value for a block's suggestion marks (null for none). */
export function blockSuggestionsValue(marks: readonly { type: { name: string }; attrs: Record<string, unknown> }[]): string | null {
  const found = marks.filter((mark) => (SUGGESTION_MARKS as readonly string[]).includes(mark.type.name));
  if (!found.length) return null;
  return JSON.stringify(found.map((mark) => ({ type: mark.type.name, attrs: pickDefined(mark.attrs) })));
}

function pickDefined(attrs: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== undefined));
}

/** `node`'s children through `change`, the same array when no child changed (so an untouched body is not copied). */
function mapContent(node: TDocNode, change: (child: TDocNode) => TDocNode): TDocNode[] | undefined {
  if (!node.content) return undefined;
  const mapped = node.content.map(change);
  return mapped.every((child, i) => child === node.content![i]) ? node.content : mapped;
}

/** A body's JSON with each block's `suggestions` attribute made into marks on the block (what the library decides on). */
export function withBlockMarks(node: TDocNode): TDocNode {
  const marks = parseBlockSuggestions(node.attrs?.[BLOCK_SUGGESTIONS_ATTR]);
  const content = mapContent(node, withBlockMarks);
  if (!Array.isArray(marks) && content === node.content) return node;
  const out: TDocNode = { ...node, ...(content ? { content } : {}) };
  if (Array.isArray(marks)) {
    out.attrs = { ...node.attrs, [BLOCK_SUGGESTIONS_ATTR]: null };
    out.marks = [...(node.marks ?? []), ...marks];
  }
  return out;
}

/**
 * The opposite: a block's suggestion marks back into its attribute (a decided document, to
 * be stored), and the attribute left out where it holds none, as the shared document
 * stores it (ProseMirror writes every attribute, so each paragraph would carry a null).
 */
export function withBlockAttrs(node: TDocNode): TDocNode {
  const content = mapContent(node, withBlockAttrs);
  const blockMarks = node.type !== 'text' ? (node.marks ?? []) : [];
  const value = blockMarks.length
    ? blockSuggestionsValue(blockMarks.map((mark) => ({ type: { name: mark.type }, attrs: mark.attrs ?? {} })))
    : (node.attrs?.[BLOCK_SUGGESTIONS_ATTR] ?? null);
  const nullStored = !!node.attrs && BLOCK_SUGGESTIONS_ATTR in node.attrs && node.attrs[BLOCK_SUGGESTIONS_ATTR] === null;
  if (!blockMarks.length && !nullStored && content === node.content) return node;
  const out: TDocNode = { ...node, ...(content ? { content } : {}) };
  if (blockMarks.length) delete out.marks;
  const { [BLOCK_SUGGESTIONS_ATTR]: _dropped, ...attrs } = node.attrs ?? {};
  if (value !== null) out.attrs = { ...attrs, [BLOCK_SUGGESTIONS_ATTR]: value };
  else if (Object.keys(attrs).length) out.attrs = attrs;
  else delete out.attrs;
  return out;
}

/** The marks an editor's block should carry for its attribute (built in the editor's schema). */
export function marksForAttribute(schema: Schema, node: PMNode) {
  const parsed = parseBlockSuggestions(node.attrs[BLOCK_SUGGESTIONS_ATTR]);
  const kept: readonly PMMark[] = node.marks.filter((mark) => !(SUGGESTION_MARKS as readonly string[]).includes(mark.type.name));
  if (!Array.isArray(parsed)) return kept;
  return parsed.reduce((set, mark) => schema.marks[mark.type]!.create(mark.attrs).addToSet(set), kept);
}

/**
 * The `suggestions` attribute on every suggestable block; never read from pasted HTML,
 * never written to it.
 */
export const BlockSuggestions = Extension.create({
  name: 'blockSuggestions',
  addGlobalAttributes() {
    return [
      {
        types: SUGGESTABLE_BLOCKS,
        attributes: {
          [BLOCK_SUGGESTIONS_ATTR]: { default: null, keepOnSplit: false, parseHTML: () => null, renderHTML: () => ({}) },
        },
      },
    ];
  },
});

/**
 * Each block's attribute set to what its suggestion marks say (after a change made here:
 * the marks are the truth). The library tracks every attribute a change touches, this one
 * too (an editor's command writes a block's attributes anew): that is no one's suggestion,
 * and is dropped first.
 */
export function attrsFollowMarks(tr: Transform) {
  tr.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    if (!(BLOCK_SUGGESTIONS_ATTR in node.attrs)) return true;
    for (const mark of node.marks) if (mark.type.name === 'modification' && mark.attrs.attrName === BLOCK_SUGGESTIONS_ATTR) tr.removeNodeMark(pos, mark);
    const value = blockSuggestionsValue(tr.doc.nodeAt(pos)!.marks);
    if (node.attrs[BLOCK_SUGGESTIONS_ATTR] !== value) tr.setNodeAttribute(pos, BLOCK_SUGGESTIONS_ATTR, value);
    return !node.isTextblock;
  });
}

/** Each block's suggestion marks set to what its attribute says (after a change from the shared document: the attribute is the truth). */
export function marksFollowAttrs(tr: Transform) {
  tr.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    if (!(BLOCK_SUGGESTIONS_ATTR in node.attrs)) return true;
    if (blockSuggestionsValue(node.marks) !== (node.attrs[BLOCK_SUGGESTIONS_ATTR] ?? null)) {
      const marks = marksForAttribute(node.type.schema, node);
      tr.setNodeMarkup(pos, null, node.attrs, marks);
    }
    return !node.isTextblock;
  });
}

/**
 * A block as readers see it while its suggestions are open (every output is made from
 * accepted text; should a block with a suggestion reach a renderer all the same): one
 * proposed whole is left out (null), one proposed for deletion stays, a proposed type is
 * shown as what it was.
 */
export function blockAsRejected(node: TDocNode): TDocNode | null {
  const marks = parseBlockSuggestions(node.attrs?.[BLOCK_SUGGESTIONS_ATTR]);
  if (marks === null) return node;
  if (marks === 'invalid') return { ...node, attrs: { ...node.attrs, [BLOCK_SUGGESTIONS_ATTR]: null } };
  if (marks.some((mark) => mark.type === 'insertion')) return null;
  let out: TDocNode = { ...node, attrs: { ...node.attrs, [BLOCK_SUGGESTIONS_ATTR]: null } };
  for (const mark of marks) {
    if (mark.type !== 'modification') continue;
    if (mark.attrs.type === 'nodeType' && typeof mark.attrs.previousValue === 'string') out = { ...out, type: mark.attrs.previousValue };
    if (mark.attrs.type === 'attr' && mark.attrs.attrName) out = { ...out, attrs: { ...out.attrs, [mark.attrs.attrName]: mark.attrs.previousValue ?? null } };
  }
  return out;
}

/** Whether a body holds any suggestion at all, on text or on a block (a walk over its JSON, stopping at the first). */
export function containsSuggestions(body: TDocNode): boolean {
  const stack: TDocNode[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.marks?.some((mark) => isSuggestionMark(mark.type))) return true;
    if (node.attrs?.[BLOCK_SUGGESTIONS_ATTR]) return true;
    if (node.content) stack.push(...node.content);
  }
  return false;
}
