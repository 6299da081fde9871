import { MAX_TABLE_CELLS } from '@/lib/content/table-text';
import { unlinkRefused } from './unlink-refused';

type ClassLook = { bold: boolean; align: string | null };

/** What spreadsheet stylesheets say about their cell classes (Excel's `.xl65 {font-weight:700; text-align:right}`). */
function classLooks(document: Document): Map<string, ClassLook> {
  const looks = new Map<string, ClassLook>();
  for (const style of document.querySelectorAll('style')) {
    for (const [, selectors, body] of (style.textContent ?? '').matchAll(/([^{}]+)\{([^}]*)\}/g)) {
      const bold = /font-weight\s*:\s*(bold|[6-9]00)/i.test(body!);
      const align = /text-align\s*:\s*(left|right|center)/i.exec(body!)?.[1]?.toLowerCase() ?? null;
      if (!bold && !align) continue;
      for (const [, name] of selectors!.matchAll(/\.([\w-]+)/g)) looks.set(name!, { bold, align });
    }
  }
  return looks;
}

const isBold = (cell: Element) => {
  const text = (cell.textContent ?? '').trim();
  if (!text) return true;
  const boldText = [
    ...cell.querySelectorAll(
      'b, strong, [style*="font-weight:bold" i], [style*="font-weight: bold" i], [style*="font-weight:700"], [style*="font-weight: 700"]',
    ),
  ]
    .map((el) => el.textContent ?? '')
    .join('')
    .replace(/\s+/g, '');
  return /font-weight\s*:\s*(bold|[6-9]00)/i.test(cell.getAttribute('style') ?? '') || boldText.length >= text.replace(/\s+/g, '').length;
};

function renameCell(cell: Element, tag: 'th'): Element {
  const replacement = cell.ownerDocument.createElement(tag);
  for (const attr of cell.attributes) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...cell.childNodes);
  cell.replaceWith(replacement);
  return replacement;
}

/**
 * A story body holds 20 levels (lib/content/validate.ts): the document, then quotes, lists,
 * list items, tables, rows, cells and figures, then a paragraph and its text. A paste whose
 * containers nest deeper than that, or whose markup nests past MAX_DOM_DEPTH at all (far
 * beyond what Word, Google Docs or a web page send), is pasted from there on as text.
 */
const MAX_CONTAINER_DEPTH = 16;
const MAX_DOM_DEPTH = 200;
const CONTAINERS = new Set(['BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'DETAILS']);

/**
 * Replaces each element nested too deeply with a paragraph of its text, walked without
 * recursion (a paste 20,000 levels deep must not overflow the editor's parser, and the
 * story could not hold it). Returns whether anything was flattened.
 */
function flattenDeepNesting(document: Document): boolean {
  const stack: [Element, number, number][] = [[document.body, 0, 0]];
  const tooDeep: Element[] = [];
  while (stack.length) {
    const [element, depth, containers] = stack.pop()!;
    const nested = containers + (CONTAINERS.has(element.tagName) ? 1 : 0);
    if (nested > MAX_CONTAINER_DEPTH || (depth >= MAX_DOM_DEPTH && element.firstElementChild)) {
      tooDeep.push(element);
      continue;
    }
    for (const child of element.children) stack.push([child, depth + 1, nested]);
  }
  for (const element of tooDeep) {
    const paragraph = document.createElement('p');
    paragraph.textContent = element.textContent;
    element.replaceWith(paragraph);
  }
  return tooDeep.length > 0;
}

/**
 * Clipboard HTML made ready for the editor's parser: spreadsheet tables keep their
 * bold header row as a header row and their alignment (from Excel's and LibreOffice's
 * class stylesheets or inline styles); column groups go (a stray `<colgroup>` outside a
 * table made browsers drop the whole paste); a table larger than the editor holds
 * becomes a paragraph per row; a link the server would refuse is unlinked, its text
 * kept; `notices` says what was done.
 */
export function normalizePastedHtml(html: string): { html: string; notices: string[] } {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const notices: string[] = [];
  if (flattenDeepNesting(document))
    notices.push('Part of what you pasted was nested too deeply to keep its structure: it was pasted as plain text, no words lost.');
  const unlinked = unlinkRefused(document);
  if (unlinked) notices.push(unlinked);
  const looks = classLooks(document);
  for (const group of document.querySelectorAll('colgroup, col')) group.remove();

  for (const table of document.querySelectorAll('table')) {
    if (table.parentElement?.closest('table')) continue; // nested tables are flattened by the editor's schema
    const rows = [...table.querySelectorAll(':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr')];
    const cells = rows.flatMap((row) => [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
    if (cells.length > MAX_TABLE_CELLS) {
      const paragraphs = rows.map((row) => {
        const p = document.createElement('p');
        p.textContent = [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ');
        return p;
      });
      table.replaceWith(...paragraphs);
      notices.push(
        `A pasted table had ${cells.length.toLocaleString('en')} cells, more than the ${MAX_TABLE_CELLS.toLocaleString('en')} a table may hold: it was pasted as text, a line per row.`,
      );
      continue;
    }
    for (const cell of cells) {
      const look = [...cell.classList].map((name) => looks.get(name)).find(Boolean);
      if (look?.bold && !cell.querySelector('b, strong')) {
        const strong = document.createElement('strong');
        strong.append(...cell.childNodes);
        cell.append(strong);
      }
      if (look?.align && !cell.getAttribute('align') && !(cell as HTMLElement).style?.textAlign) cell.setAttribute('align', look.align);
    }
    // A first row set in bold over a table without header cells is its header row (Excel, Sheets, Word send it so).
    const first = rows[0];
    const firstCells = first ? [...first.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH') : [];
    if (rows.length > 1 && !table.querySelector('th') && firstCells.some((c) => (c.textContent ?? '').trim()) && firstCells.every(isBold))
      firstCells.forEach((cell) => renameCell(cell, 'th'));
    for (const cell of table.querySelectorAll(':scope > thead > tr > td')) renameCell(cell, 'th');
  }
  return { html: document.body.innerHTML, notices };
}
