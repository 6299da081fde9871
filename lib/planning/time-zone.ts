/**
 * The IANA name of a time zone as ICU knows it ("europe/moscow" → "Europe/Moscow"), or
 * null for a name that is not a time zone. Pure; the server and the browser agree.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(trimmed)) return null;
  // Asking ICU costs a formatter (about a millisecond); a calendar names the same few zones thousands of times.
  const known = answers.get(trimmed);
  if (known !== undefined) return known;
  let answer: string | null;
  try {
    answer = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    answer = null;
  }
  if (answers.size < 1000) answers.set(trimmed, answer);
  return answer;
}
const answers = new Map<string, string | null>();

/** The zones offered in the form's list (the field takes any IANA name). */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return names.includes('UTC') ? names : ['UTC', ...names];
}
