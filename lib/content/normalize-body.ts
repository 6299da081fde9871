import { AppError } from '@/lib/errors';
import { hasNul, normalizeLine, normalizeMultiline } from '@/lib/text/normalize';
import type { TDocNode } from './document';

function normalizeAttrs(attrs: Record<string, unknown> | undefined, field: string) {
  if (!attrs) return attrs;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'string' && hasNul(value)) refuseNul(field);
    out[key] = typeof value === 'string' ? normalizeLine(value) : value;
  }
  return out;
}

function refuseNul(field: string): never {
  throw new AppError('INVALID_INPUT', 'The body contains a NUL character (U+0000), which cannot be stored.', {
    [field]: ['Remove the NUL character (U+0000) from the text.'],
  });
}

/**
 * The text of a document normalised like every other field: controls removed, and a
 * line break inside a text node (Word's manual break U+000B, a pasted CR LF) made a
 * hard break, which is how the editor spells one. A NUL is refused.
 */
export function normalizeBody(node: TDocNode, field = 'body'): TDocNode {
  const marks = node.marks?.map((mark) => ({ ...mark, attrs: normalizeAttrs(mark.attrs, field) }));
  const attrs = normalizeAttrs(node.attrs, field);
  if (node.type === 'text') return { ...node, ...(marks ? { marks } : {}), text: node.text };
  const content: TDocNode[] = [];
  for (const child of node.content ?? []) {
    if (child.type !== 'text') {
      content.push(normalizeBody(child, field));
      continue;
    }
    const text = child.text ?? '';
    if (hasNul(text)) refuseNul(field);
    const lines = normalizeMultiline(text).split('\n');
    const childMarks = child.marks?.map((mark) => ({ ...mark, attrs: normalizeAttrs(mark.attrs, field) }));
    lines.forEach((line, index) => {
      if (index > 0) content.push({ type: 'hardBreak' });
      if (line) content.push({ ...child, ...(childMarks ? { marks: childMarks } : {}), text: line.replace(/\t/g, ' ') });
    });
  }
  return { ...node, ...(attrs ? { attrs } : {}), ...(marks ? { marks } : {}), ...(node.content ? { content } : {}) };
}
