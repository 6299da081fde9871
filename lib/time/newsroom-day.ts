import { deskDay } from './desk-clock';
import { zonedTimeToUtc } from './zoned';

/** A day as the desk types it: "2026-11-30". */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant a newsroom day ("2026-11-30") starts in the newsroom's time zone, or with
 * `after` the instant the next day starts (the exclusive end of "to 2026-11-30", or
 * the moment a right "until 2026-11-30" runs out), right across a daylight-saving
 * change. Null for something that is not a calendar day.
 */
export function newsroomDayStart(day: string, timeZone: string, after = false): Date | null {
  if (!DAY_PATTERN.test(day.trim())) return null;
  const [y, m, d] = day.trim().split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  date.setUTCDate(date.getUTCDate() + (after ? 1 : 0));
  return zonedTimeToUtc(`${date.toISOString().slice(0, 10)} 00:00`, timeZone);
}

/** The newsroom day an "until the end of the day" instant (from `newsroomDayStart(day, zone, true)`) belongs to. */
export function newsroomDayEnding(instant: Date, timeZone: string): string {
  return deskDay(new Date(instant.getTime() - 1), timeZone);
}
