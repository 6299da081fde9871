// What a story's fields may hold: client-safe constants the form shows and the schema enforces.

export const HEADLINE_MAX = 160;
export const SUBHEADLINE_MAX = 400;
/** How a field over its limit is named to the person, the same on the server and in the form. */
export const tooLong = (field: string, max: number) => `Keep the ${field} to ${max} characters.`;
/** The largest save the server reads (its Server Action limit is 1 MB; the rest is room for the envelope). */
export const MAX_SAVE_BYTES = 900_000;
/**
 * The languages a story may be written in: every language the wire detector knows, and
 * the codes agencies declare for them (Norwegian as nb/nn/no). Labels are written out
 * rather than taken from Intl, so the server and every browser show the same words.
 */
export const LANGUAGE_LABELS = {
  af: 'Afrikaans',
  am: 'Amharic',
  ar: 'Arabic',
  az: 'Azerbaijani',
  be: 'Belarusian',
  bg: 'Bulgarian',
  bn: 'Bengali',
  bs: 'Bosnian',
  ca: 'Catalan',
  cs: 'Czech',
  cy: 'Welsh',
  da: 'Danish',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  et: 'Estonian',
  eu: 'Basque',
  fa: 'Persian',
  fi: 'Finnish',
  fr: 'French',
  ga: 'Irish',
  gu: 'Gujarati',
  he: 'Hebrew',
  hi: 'Hindi',
  hr: 'Croatian',
  hu: 'Hungarian',
  hy: 'Armenian',
  id: 'Indonesian',
  is: 'Icelandic',
  it: 'Italian',
  ja: 'Japanese',
  ka: 'Georgian',
  kk: 'Kazakh',
  kn: 'Kannada',
  ko: 'Korean',
  ku: 'Kurdish',
  lo: 'Lao',
  lt: 'Lithuanian',
  lv: 'Latvian',
  mk: 'Macedonian',
  ml: 'Malayalam',
  mr: 'Marathi',
  ms: 'Malay',
  mt: 'Maltese',
  nb: 'Norwegian Bokmål',
  nl: 'Dutch',
  nn: 'Norwegian Nynorsk',
  no: 'Norwegian',
  or: 'Odia',
  pa: 'Punjabi',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  sk: 'Slovak',
  sl: 'Slovenian',
  sq: 'Albanian',
  sr: 'Serbian',
  sv: 'Swedish',
  sw: 'Swahili',
  ta: 'Tamil',
  te: 'Telugu',
  th: 'Thai',
  tl: 'Filipino',
  tr: 'Turkish',
  uk: 'Ukrainian',
  ur: 'Urdu',
  uz: 'Uzbek',
  vi: 'Vietnamese',
  yo: 'Yoruba',
  zh: 'Chinese',
} as const;
export type Language = keyof typeof LANGUAGE_LABELS;
export const LANGUAGES = Object.keys(LANGUAGE_LABELS) as [Language, ...Language[]];
export const isLanguage = (code: string): code is Language => Object.hasOwn(LANGUAGE_LABELS, code);
/** The form's order: by name, the way an editor looks one up. */
export const LANGUAGES_BY_NAME = [...LANGUAGES].sort((a, b) => LANGUAGE_LABELS[a].localeCompare(LANGUAGE_LABELS[b], 'en'));

/** A language's name in itself ("Русский", "English"), as a language switcher shows it; the English name where ICU has none. */
export function nativeLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    // Not a tag ICU knows.
  }
  return isLanguage(code) ? LANGUAGE_LABELS[code] : code;
}
