// A dateline names a place and a date ("MOSCOW, July 7. /TASS/.", "Nova York, 24 set
// (EFE).-", "MARCH 04, 2013"): these rules split one into the two, in any language the
// runtime has month names for, so a dateline that is only a date never becomes a place.

import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-names';

const months = new Set(MONTH_NAMES);
const weekdays = new Set(WEEKDAY_NAMES);

const DAY = /^(?:[0-3]?\d)(?:\.|st|nd|rd|th|er|e|º|ª)?$/i;
const YEAR = /^(?:1[89]|2\d)\d\d\.?$/;
const NUMERIC_DATE = /^(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{8})$/;
/** Words that sit inside a date in some languages ("24 de setembro de 2018", "the 4th of July"). */
const LINKS = new Set(['de', 'del', 'of', 'den', 'der', 'le', 'el']);

/** Where in a list of dateline words a date begins (-1 when none does). */
function dateStart(tokens: string[]): number {
  const bare = tokens.map((t) => t.toLowerCase().replace(/\.$/, ''));
  const isMonth = (i: number) => i >= 0 && i < bare.length && months.has(bare[i]!);
  const isNumber = (i: number) => i >= 0 && i < tokens.length && (DAY.test(tokens[i]!) || YEAR.test(tokens[i]!));
  const next = (i: number) => (LINKS.has(bare[i + 1] ?? '') ? i + 2 : i + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (NUMERIC_DATE.test(tokens[i]!)) return i;
    // A month name counts when a day or year stands beside it: "MAR DEL PLATA" is a place.
    if (isMonth(i) && (isNumber(next(i)) || isNumber(i - 1))) return isNumber(i - 1) && !YEAR.test(tokens[i - 1]!) ? i - 1 : i;
    if (DAY.test(tokens[i]!) && isMonth(next(i))) return i;
    if (weekdays.has(bare[i]!) && (i === tokens.length - 1 || isMonth(next(i)) || isNumber(next(i)))) return i;
  }
  return -1;
}

/**
 * A dateline as its place and its date: "WINNIPEG, Manitoba, Dec. 03, 2019" →
 * { place: "WINNIPEG, Manitoba", date: "Dec. 03, 2019" }; "MARCH 04, 2013" → no place.
 */
export function splitDateline(dateline: string): { place: string; date: string } {
  const value = dateline.replace(/\s+/g, ' ').trim();
  const tokens: { text: string; at: number }[] = [];
  for (const match of value.matchAll(/[^\s,;]+/g)) tokens.push({ text: match[0], at: match.index });
  const start = dateStart(tokens.map((t) => t.text));
  if (start < 0) return { place: value, date: '' };
  return { place: value.slice(0, tokens[start]!.at).replace(/[\s,;:–—-]+$/, ''), date: value.slice(tokens[start]!.at).trim() };
}

const PLACEHOLDER =
  /^(?:n\/?a|none|null|nil|unknown|undefined|-+|x+|\?+|\.+|location|place|city|dateline|tbd|tba|no location|no[- ]?data(?:[- ]available)?|not available|unavailable|not specified|unspecified)$/i;
const TIMESTAMPISH = /\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|^\d+$|\d{8}T\d{4}/;

/** A `located` or dateline place that names no place: empty, a placeholder, a timestamp, a date, or too long to be one. */
export const isPlaceholderPlace = (place: string) => {
  const value = place.trim();
  return (
    !value ||
    PLACEHOLDER.test(value) ||
    TIMESTAMPISH.test(value) ||
    value.length > 60 ||
    !/\p{L}/u.test(value) ||
    (/\d/.test(value) && !splitDateline(value).place)
  );
};

/**
 * The place a dateline names: "Berlin (dpa) -" → Berlin, "MOSCOW, July 7. /TASS/." →
 * MOSCOW, "SPRINGFIELD, Ill. (AP) —" → SPRINGFIELD, Ill.; '' when it names none
 * ("MARCH 04, 2013", a timestamp, a placeholder).
 */
export function placeOfDateline(dateline: string): string {
  // The agency's mark ends the place and the date: "(AP)", "/TASS/", " - ".
  let value =
    dateline
      .replace(/\s+/g, ' ')
      .trim()
      .split(/\s*\(|\s+[-–—]\s*|\s*\/[^/]+\/|\s*[-–—]$/)[0] ?? '';
  value = splitDateline(value)
    .place.replace(/[,:;\s]+$/, '')
    .trim();
  // A full stop ends the dateline, not an abbreviation ("MOSCOW." but "SPRINGFIELD, Ill.").
  if (/\p{L}{4,}\.$/u.test(value) && !/,\s*\p{Lu}\p{Ll}{0,4}\.$/u.test(value)) value = value.slice(0, -1);
  return isPlaceholderPlace(value) ? '' : value;
}
