import AhoCorasick from 'modern-ahocorasick';
import { foldName, foldText } from './fold';

export type MatchableTag = { id: string; names: string[] };
export type TagHit = { tagId: string; start: number; end: number };

type PatternData = { tagId: string; stem: boolean };

const WORD = /[\p{L}\p{N}]/u;
const CYRILLIC_END = /[\u0400-\u04FF]$/u;
const LATIN_SUFFIXES = new Set(['s', 'es']);
// Common Russian case endings: enough for "Путина", "Путину", "Армении", "Пашиняном".
const CYRILLIC_SUFFIXES = new Set([
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'о',
  'ом',
  'ем',
  'ём',
  'ым',
  'им',
  'ой',
  'ей',
  'ов',
  'ев',
  'ам',
  'ям',
  'ами',
  'ями',
  'ах',
  'ях',
  'ию',
  'ия',
  'ии',
  'ью',
]);
const CYRILLIC_STEM_VOWELS = /[аяьйео]$/u;

/**
 * Finds the tags whose names or aliases occur in a text, in one pass over it however
 * large the taxonomy (Aho–Corasick). Matches sit on word boundaries, case- and
 * accent-insensitively; a possessive (`Armenia’s`), an English plural or a Russian
 * case ending (`Путина`, `Армении`) still matches, a name inside another word does not.
 */
export class TagMatcher {
  private readonly automaton: AhoCorasick<PatternData> | null;
  readonly patternCount: number;

  constructor(tags: MatchableTag[]) {
    const patterns = new Map<string, PatternData>();
    for (const tag of tags) {
      for (const name of tag.names) {
        const pattern = foldName(name);
        if (pattern.length < 2) continue;
        if (!patterns.has(pattern)) patterns.set(pattern, { tagId: tag.id, stem: false });
        // A Russian name ending in a vowel changes that vowel when declined: match its stem too.
        if (CYRILLIC_END.test(pattern) && CYRILLIC_STEM_VOWELS.test(pattern) && pattern.length >= 5) {
          const stem = pattern.slice(0, -1);
          if (!patterns.has(stem)) patterns.set(stem, { tagId: tag.id, stem: true });
        }
      }
    }
    this.patternCount = patterns.size;
    this.automaton = patterns.size ? new AhoCorasick([...patterns].map(([pattern, data]) => ({ pattern, data }))) : null;
  }

  find(text: string): TagHit[] {
    if (!this.automaton || !text) return [];
    const folded = foldText(text);
    const hits: TagHit[] = [];
    for (const match of this.automaton.search(folded)) {
      const data = match.data!;
      if (match.start > 0 && WORD.test(folded[match.start - 1]!)) continue;
      let end = match.end;
      while (end < folded.length && WORD.test(folded[end]!)) end++;
      const suffix = folded.slice(match.end, end);
      if (!this.acceptsSuffix(match.pattern, suffix, data.stem)) continue;
      hits.push({ tagId: data.tagId, start: match.start, end });
    }
    return hits;
  }

  private acceptsSuffix(pattern: string, suffix: string, stem: boolean): boolean {
    if (stem) return CYRILLIC_SUFFIXES.has(suffix);
    if (suffix === '') return true;
    return CYRILLIC_END.test(pattern) ? CYRILLIC_SUFFIXES.has(suffix) : LATIN_SUFFIXES.has(suffix);
  }
}
