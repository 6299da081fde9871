import type { TDocNode } from './document';

/**
 * The most cells one table may hold. Results and market tables run to a few hundred;
 * past this a table is kept as text (pasted or ingested) or refused on save, so the
 * editor stays responsive (typing in a 2,000-cell table is measured in the bench).
 */
export const MAX_TABLE_CELLS = 3_000;

export const cellCount = (table: TDocNode) => (table.content ?? []).reduce((sum, row) => sum + (row.content?.length ?? 0), 0);

/** A cell's text on one line. */
const cellText = (cell: TDocNode): string => {
  const parts: string[] = [];
  const walk = (node: TDocNode) => {
    if (node.type === 'text') parts.push(node.text ?? '');
    else if (node.type === 'hardBreak') parts.push(' ');
    else {
      if (parts.length && node.type !== 'doc') parts.push(' ');
      node.content?.forEach(walk);
    }
  };
  cell.content?.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
};

/** A table as lines of text: its caption, then a line per row with cells separated by " | ". */
export function tableLines(table: TDocNode): string[] {
  const caption = typeof table.attrs?.caption === 'string' && table.attrs.caption.trim() ? [table.attrs.caption.trim()] : [];
  return [...caption, ...(table.content ?? []).map((row) => (row.content ?? []).map(cellText).join(' | ')).filter((line) => line.replace(/[|\s]/g, ''))];
}

/** A table too big to keep as one: a paragraph per row, no text lost. */
export const tableAsParagraphs = (table: TDocNode): TDocNode[] => tableLines(table).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
