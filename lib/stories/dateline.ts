/**
 * The dateline as readers see it: `MOSCOW, July 7. /TASS/.` The date is a calendar
 * date (no time zone), so it is formatted in UTC where it is stored.
 */
export function formatDateline(input: { place: string; date: Date | null; credit: string }): string {
  const parts: string[] = [];
  const place = input.place.trim().toUpperCase();
  const date = input.date
    ? new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(input.date)
    : '';
  const head = [place, date].filter(Boolean).join(', ');
  if (head) parts.push(`${head}.`);
  if (input.credit.trim()) parts.push(`/${input.credit.trim()}/.`);
  return parts.join(' ');
}
