import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';

/** A tiptap (ProseMirror) JSON node, as stored in `Story.body`. */
export type TDocNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TDocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

export const ZDocNode: z.ZodType<TDocNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(ZDocNode).max(10_000).optional(),
    marks: z
      .array(z.object({ type: z.string().max(64), attrs: z.record(z.string(), z.unknown()).optional() }))
      .max(20)
      .optional(),
    text: z.string().max(200_000).optional(),
  }),
);

export const emptyDoc = (): TDocNode => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** A document of plain paragraphs, e.g. from seed text or plain wire copy. */
export function docFromParagraphs(paragraphs: string[]): TDocNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })),
  };
}

/** A document as Prisma's JSON input type (the shapes match; TypeScript cannot see it). */
export const docJson = (doc: TDocNode) => doc as unknown as Prisma.InputJsonObject;

/**
 * A stored body (a JSON column) as a document: the one place stored JSON becomes a
 * typed document. Bodies are checked against the schema when written; something that
 * is not a document at all reads as an empty one rather than breaking a page.
 */
export function readDoc(value: unknown): TDocNode {
  if (value && typeof value === 'object' && !Array.isArray(value) && (value as { type?: unknown }).type === 'doc') return value as TDocNode;
  return emptyDoc();
}
