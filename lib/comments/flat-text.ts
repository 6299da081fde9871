import type { TDocNode } from '@/lib/content/document';

const LEAVES = new Set(['hardBreak', 'horizontalRule', 'figure', 'image']);

/**
 * A document's text with one line per block, and for every character its position
 * in the ProseMirror document (what the editor's selections and decorations use).
 * Works on the stored JSON, so the server and the editor agree on what an anchor
 * points at.
 */
export function flattenDoc(doc: TDocNode): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  const push = (char: string, pos: number) => {
    text += char;
    positions.push(pos);
  };

  // Returns the node's size in the document (ProseMirror's nodeSize).
  const walk = (node: TDocNode, pos: number): number => {
    if (node.type === 'text') {
      const value = node.text ?? '';
      for (let i = 0; i < value.length; i++) push(value[i]!, pos + i);
      return value.length;
    }
    if (LEAVES.has(node.type) || !node.content) {
      if (node.type === 'hardBreak') push('\n', pos);
      return LEAVES.has(node.type) ? 1 : 2;
    }
    let size = 1;
    for (const child of node.content) size += walk(child, pos + size);
    const isTextBlock = node.type === 'paragraph' || node.type === 'heading';
    if (isTextBlock && text && !text.endsWith('\n')) push('\n', pos + size - 1);
    return size + 1;
  };

  let pos = 0;
  for (const child of doc.content ?? []) pos += walk(child, pos);
  return { text, positions };
}

/** The text offsets covering the document range [from, to). */
export function offsetsOfRange(positions: number[], from: number, to: number): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (let i = 0; i < positions.length; i++) {
    if (positions[i]! >= from && positions[i]! < to) {
      if (start === -1) start = i;
      end = i + 1;
    }
  }
  return start === -1 ? null : { start, end };
}
