/** Carets and names in colours that keep white text readable (WCAG AA on each). */
const COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#7e22ce', '#c2410c', '#0f766e', '#be185d', '#4d7c0f'];

/** The same person always gets the same colour. */
export function personColour(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}
