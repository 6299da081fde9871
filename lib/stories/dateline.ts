const monthDay = new Map<string, Intl.DateTimeFormat>();

/** "July 7" in English, "7 июля" in Russian, "7. Juli" in German: the day as the story's language writes it. */
function dayInLanguage(date: Date, language: string): string {
  const locale = language === 'en' ? 'en-US' : language;
  let format = monthDay.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
    }
    monthDay.set(locale, format);
  }
  return format.format(date);
}

/**
 * The dateline as readers see it: `MOSCOW, July 7. /TASS/.`, or in the story's language
 * `МОСКВА, 7 июля. /ТАСС/.` The date is a calendar date (no time zone), so it is
 * formatted in UTC where it is stored.
 */
export function formatDateline(input: { place: string; date: Date | null; credit: string; language?: string }): string {
  const parts: string[] = [];
  const place = input.place.trim().toLocaleUpperCase(input.language === 'tr' ? 'tr' : undefined);
  const date = input.date ? dayInLanguage(input.date, input.language ?? 'en') : '';
  const head = [place, date].filter(Boolean).join(', ');
  if (head) parts.push(`${head}.`);
  if (input.credit.trim()) parts.push(`/${input.credit.trim()}/.`);
  return parts.join(' ');
}

/**
 * The agency's credit in each language ("ru=ТАСС, uk=ТАРС" from NEWSROOM_AGENCY_CREDITS),
 * falling back to the one credit for languages not listed.
 */
export function parseCredits(spec: string | undefined, fallback: string): Record<string, string> {
  if (spec === undefined) return fallback === 'TASS' ? { ru: 'ТАСС' } : {};
  const credits: Record<string, string> = {};
  for (const entry of spec.split(/[,;]/)) {
    const [language, credit] = entry.split('=').map((part) => part.trim());
    if (language && credit) credits[language] = credit;
  }
  return credits;
}

export function creditFor(language: string, credits: Record<string, string>, fallback: string): string {
  return credits[language] ?? fallback;
}
