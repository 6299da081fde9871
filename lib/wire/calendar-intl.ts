// Month and weekday names in the languages agencies write datelines in, as the
// runtime's Intl data gives them (long, short, and the forms used with a day: "7 июля").
// Worked out once by `npm run wire:calendar-names` into calendar-names.ts, because
// building them takes a few hundred milliseconds a process should not spend on its
// first document; a unit test holds the stored list to this one.

export const DATELINE_LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'sv',
  'da',
  'nb',
  'nn',
  'fi',
  'is',
  'et',
  'lv',
  'lt',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr-Latn',
  'bs',
  'hu',
  'ro',
  'bg',
  'ru',
  'uk',
  'be',
  'sr',
  'mk',
  'el',
  'tr',
  'ca',
  'eu',
  'gl',
  'ga',
  'cy',
  'sq',
  'az',
  'kk',
  'id',
  'ms',
  'tl',
  'sw',
  'af',
  'lb',
  'mt',
];
/** Agency spellings Intl does not give ("Sept.", "janv."). */
const EXTRA_MONTHS = ['sept', 'janv', 'févr', 'avr', 'juil', 'déc', 'dez', 'okt', 'mrz'];

const words = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}'-]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length >= 3);

export function calendarNamesFromIntl(): { months: string[]; weekdays: string[] } {
  const months = new Set<string>(EXTRA_MONTHS);
  const weekdays = new Set<string>();
  for (const locale of DATELINE_LOCALES) {
    const monthFormats = (['long', 'short'] as const).flatMap((month) => [
      new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' }),
    ]);
    const dayFormats = (['long', 'short'] as const).map((weekday) => new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }));
    for (let m = 0; m < 12; m++) for (const format of monthFormats) for (const w of words(format.format(new Date(Date.UTC(2021, m, 7))))) months.add(w);
    for (let d = 0; d < 7; d++)
      for (const format of dayFormats) {
        const w = words(format.format(new Date(Date.UTC(2021, 1, 1 + d))));
        if (w.length === 1) weekdays.add(w[0]!);
      }
  }
  return { months: [...months].sort(), weekdays: [...weekdays].sort() };
}
