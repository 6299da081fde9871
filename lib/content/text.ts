import type { TDocNode } from './document';
import { tableLines } from './table-text';

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'bulletList', 'orderedList', 'horizontalRule', 'figure']);

/** Plain text of a document: blocks separated by blank lines (for search, excerpts, diffs). */
export function docToPlainText(doc: TDocNode): string {
  const blocks: string[] = [];
  const walk = (node: TDocNode, into: string[]) => {
    if (node.type === 'table') {
      const lines = tableLines(node);
      if (lines.length) blocks.push(lines.join('\n'));
    } else if (node.type === 'text') into.push(node.text ?? '');
    else if (node.type === 'hardBreak') into.push('\n');
    else if (BLOCKS.has(node.type) && !['bulletList', 'orderedList', 'blockquote', 'listItem'].includes(node.type)) {
      const parts: string[] = [];
      node.content?.forEach((child) => walk(child, parts));
      const text = parts.join('');
      if (text.trim()) blocks.push(text);
    } else node.content?.forEach((child) => walk(child, into));
  };
  walk(doc, []);
  return blocks.join('\n\n');
}

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}
