import { z } from 'zod';

/**
 * Where a comment points in the body, as text rather than positions (the W3C "text
 * quote selector"): the quoted phrase with a little text either side. Positions
 * shift with every edit; a quote with its context is found again after edits
 * elsewhere, and is reported lost only when the phrase itself changed.
 */
export type TextAnchor = { quote: string; prefix: string; suffix: string };

export const CONTEXT_CHARS = 32;

export const ZTextAnchor = z.object({
  quote: z.string().min(1, 'Select some text to comment on.').max(2000, 'Select at most 2000 characters.'),
  prefix: z.string().max(CONTEXT_CHARS),
  suffix: z.string().max(CONTEXT_CHARS),
});

/** The anchor for `text.slice(start, end)`. */
export function anchorAt(text: string, start: number, end: number): TextAnchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the anchor in `text`: of every occurrence of the quote, the one whose
 * surroundings match the remembered context best (the first on a tie). Null when
 * the quote is no longer there.
 */
export function locateAnchor(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  if (!anchor.quote) return null;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const score =
      sharedTail(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix) +
      sharedHead(text.slice(at + anchor.quote.length, at + anchor.quote.length + anchor.suffix.length), anchor.suffix);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best ? { start: best.start, end: best.start + anchor.quote.length } : null;
}
