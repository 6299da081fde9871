import { eld } from 'eld/medium';
import { readsAs } from './function-words';

/**
 * Languages that share most of their text, so a declaration of one is not contradicted by a
 * detection of another. The detector names only the languages it has a model for: text in a
 * language it lacks is named as the nearest one it has (Afrikaans as Dutch, Macedonian as
 * Bulgarian), reliably, so each such language sits with that relative.
 */
const SAME = [
  ['nl', 'af'],
  ['bg', 'mk'],
  ['nb', 'nn', 'no'],
  ['sr', 'hr', 'bs', 'sh'],
  ['ms', 'id'],
  ['zh', 'cmn'],
  ['fa', 'prs'],
];
const compatible = (a: string, b: string) => a === b || SAME.some((group) => group.includes(a) && group.includes(b));

/** Text long enough that a detection may overrule what the document declares. */
const OVERRULE_CHARS = 300;
const ENOUGH_LETTERS = /(?:\p{L}[^\p{L}]*){40}/u;

/**
 * The item's language: what the document declares, unless the text clearly says
 * otherwise (a long text reliably detected as an unrelated language); detected from the
 * text when nothing is declared; English when neither says anything.
 */
export function languageOf(declared: string, text: string): string {
  // A declaration stands unless a long text contradicts it; a short one is not even checked.
  if (declared && (text.length < OVERRULE_CHARS || readsAs(declared, text))) return declared;
  // The opening says which language a story is in; more text costs time and says nothing new
  // (a check of a declaration needs less than a detection from nothing).
  const sample = text.slice(0, declared ? 240 : 600);
  // A few words say too little: "Bogus" is no Lithuanian.
  const result = ENOUGH_LETTERS.test(sample) ? eld.detect(sample) : null;
  const detected = result && result.language && result.isReliable() ? result.language : '';
  if (!declared) return detected || 'en';
  return detected && !compatible(declared, detected) ? detected : declared;
}
