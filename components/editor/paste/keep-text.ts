import type { Slice } from '@tiptap/pm/model';

// An embed copied from the editor reads back as the node (its card's words are not text of the story).
const HIDDEN =
  'figure[data-embed-url], style, script, template, noscript, title, head, svg, math, iframe, object, embed, canvas, select, button, textarea, input, [style*="display:none" i], [style*="display: none" i], [style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]';

/** The words and numbers of clipboard HTML as a reader sees them, a line per block. */
export function visibleText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const hidden of document.querySelectorAll(HIDDEN)) hidden.remove();
  for (const block of document.body.querySelectorAll('p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, br, table, caption'))
    block.after(document.createTextNode('\n'));
  for (const cell of document.body.querySelectorAll('td, th')) cell.after(document.createTextNode(' | '));
  return document.body.textContent ?? '';
}

const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** Whether the editor's reading of a paste lost words the clipboard holds (allowing for list numbers and bullets). */
export function pasteLostText(html: string, slice: Slice): boolean {
  const expected = letters(visibleText(html));
  const kept = letters(slice.content.textBetween(0, slice.content.size, ' ', ' '));
  return expected > 0 && kept < expected * 0.98;
}

/** Text as paragraphs, a line each (blank lines and separator-only lines dropped). */
export const textLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/(\s*\|\s*)+$/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
