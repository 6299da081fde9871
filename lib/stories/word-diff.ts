import { diffArrays } from 'diff';

/**
 * Text as a diff compares it: words (with their apostrophes: "Armenia’s"), numbers
 * (with their decimal point, thousands separator or time colon, and a percent sign:
 * "3.4", "1,200", "14:05", "7%"), runs of spaces, and single signs. A changed figure
 * is then shown whole ("3.4" → "3.5"), never as a stray ".4".
 */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*%?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\s+|[^]/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** A stretch of two token lists: the same on both sides, or changed (what was there, what is there now). */
export type Region = { same: boolean; before: [number, number]; after: [number, number] };

/**
 * Two token lists compared as a person reads a change: unchanged stretches, and changed
 * ones with all that went before all that came. A lone space the two versions happen
 * to share between two changes joins them ("Moscow" → "the Kremlin" is one change,
 * not "the" and "Kremlin" around a kept space).
 */
export function regions(before: string[], after: string[]): Region[] {
  const raw: Region[] = [];
  let a = 0;
  let b = 0;
  for (const part of diffArrays(before, after)) {
    const n = part.value.length;
    if (part.removed) raw.push({ same: false, before: [a, (a += n)], after: [b, b] });
    else if (part.added) raw.push({ same: false, before: [a, a], after: [b, (b += n)] });
    else raw.push({ same: true, before: [a, (a += n)], after: [b, (b += n)] });
  }
  const blank = (r: Region) => before.slice(...r.before).every((t) => /^\s+$/.test(t.split('\u0000')[0]!));
  raw.forEach((r, i) => {
    if (r.same && i > 0 && i < raw.length - 1 && !raw[i - 1]!.same && !raw[i + 1]!.same && blank(r)) r.same = false;
  });
  const merged: Region[] = [];
  for (const r of raw) {
    const last = merged.at(-1);
    if (last && !last.same && !r.same) {
      last.before[1] = r.before[1];
      last.after[1] = r.after[1];
    } else merged.push({ same: r.same, before: [...r.before], after: [...r.after] });
  }
  // A space both sides of a change end with belongs after it, unchanged ("<del>Moscow</del><ins>the Kremlin</ins> Photo").
  const out: Region[] = [];
  for (const r of merged) {
    const lastBefore = before[r.before[1] - 1];
    const lastAfter = after[r.after[1] - 1];
    if (!r.same && r.before[1] - r.before[0] > 1 && r.after[1] - r.after[0] > 1 && lastBefore === lastAfter && /^\s+$/.test(lastAfter!.split('\u0000')[0]!)) {
      out.push({ same: false, before: [r.before[0], r.before[1] - 1], after: [r.after[0], r.after[1] - 1] });
      out.push({ same: true, before: [r.before[1] - 1, r.before[1]], after: [r.after[1] - 1, r.after[1]] });
    } else out.push(r);
  }
  return out;
}

/** One stretch of a word diff: unchanged, removed or added text. */
export type DiffPart = { text: string; change: 'added' | 'removed' | 'same' };

/** Two texts compared word by word (a number is one word: "3.4" → "3.5" shows whole). */
export function words(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  return regions(a, b).flatMap((region): DiffPart[] => {
    const was = a.slice(...region.before).join('');
    const now = b.slice(...region.after).join('');
    if (region.same) return [{ text: now, change: 'same' }];
    return [...(was ? [{ text: was, change: 'removed' as const }] : []), ...(now ? [{ text: now, change: 'added' as const }] : [])];
  });
}
