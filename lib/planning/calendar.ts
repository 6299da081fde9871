import { deskDay, wallClock } from '@/lib/time/desk-clock';
import { zonedTimeToUtc } from '@/lib/time/zoned';

/**
 * Days on the planning calendar are the newsroom's days ("2026-12-09"), turned into the
 * instants they run between in its time zone. Pure.
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a day is in. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7));
}

/** The instants `days` days starting at `day` run between, in a time zone: [from, to). */
export function daysRange(day: string, days: number, timeZone: string): { from: Date; to: Date } {
  return { from: zonedTimeToUtc(`${day} 00:00`, timeZone)!, to: zonedTimeToUtc(`${addDays(day, days)} 00:00`, timeZone)! };
}

/** The days an event touches, in a time zone (an event ending at midnight does not touch the next day). */
export function daysOf(event: { startsAt: Date; endsAt: Date | null }, timeZone: string): string[] {
  const first = deskDay(event.startsAt, timeZone);
  const lastInstant = event.endsAt && event.endsAt > event.startsAt ? new Date(event.endsAt.getTime() - 1) : event.startsAt;
  const last = deskDay(lastInstant, timeZone);
  const days = [first];
  while (days.length < 62 && days.at(-1)! < last) days.push(addDays(days.at(-1)!, 1));
  return days;
}

/** "15:00" on a zone's clock. */
export function clockTime(instant: Date, timeZone: string): string {
  const p = wallClock(instant, timeZone);
  return `${p.hour}:${p.minute}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "Wednesday 2026-12-09". */
export function dayHeading(day: string): string {
  return `${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${day}`;
}
