const cache = new Map<string, string>();

/**
 * Folds one UTF-16 unit for matching: lower case, accents removed, `ё` as `е`,
 * curly quotes straight, any space a plain space. Always one unit for one unit, so
 * offsets in folded text are offsets in the original.
 */
export function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    const base = char
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    folded = base.length === 1 ? base : char.toLowerCase().length === 1 ? char.toLowerCase() : char;
    if (folded === 'ё') folded = 'е';
    if (folded === '’' || folded === '‘' || folded === '`') folded = "'";
    if (/\s/u.test(folded)) folded = ' ';
    if (cache.size < 10_000) cache.set(char, folded);
  }
  return folded;
}

export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** A name as a pattern: folded, with runs of spaces as one. */
export const foldName = (name: string) => foldText(name.trim()).replace(/ +/g, ' ');
