/**
 * The form names and aliases are compared in: lower case, accents removed, `ё` as
 * `е`, curly quotes straightened and white space folded. Cyrillic stays Cyrillic.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
