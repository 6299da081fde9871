import { deskDay, formatDeskInstant } from '@/lib/time/desk-clock';
import { utcToZonedInput } from '@/lib/time/zoned';
import { clockTime } from './calendar';

type Timed = { startsAt: Date; endsAt: Date | null; allDay: boolean; timeZone: string };

/** The last day an all-day event runs (its end is the midnight after it). */
const lastDay = (event: Timed) => deskDay(new Date((event.endsAt ?? event.startsAt).getTime() - (event.endsAt ? 1 : 0)), event.timeZone);

/** The form's values for an event's times, in its own zone. */
export function eventFormTimes(event: Timed): { startsAt: string; endsAt: string } {
  if (event.allDay) return { startsAt: deskDay(event.startsAt, event.timeZone), endsAt: lastDay(event) };
  return { startsAt: utcToZonedInput(event.startsAt, event.timeZone), endsAt: event.endsAt ? utcToZonedInput(event.endsAt, event.timeZone) : '' };
}

/**
 * When an event happens, in words: in its own zone ("2026-12-09 15:00–17:00 MSK"), and
 * on the newsroom's clock too when that differs ("… (2026-12-09 13:00 CET here)").
 */
export function describeEventTime(event: Timed, deskZone: string): string {
  if (event.allDay) {
    const first = deskDay(event.startsAt, event.timeZone);
    const last = lastDay(event);
    return `${first === last ? first : `${first} – ${last}`} (all day)`;
  }
  const start = formatDeskInstant(event.startsAt, event.timeZone);
  const sameDay = event.endsAt && deskDay(event.endsAt, event.timeZone) === deskDay(event.startsAt, event.timeZone);
  const own = !event.endsAt
    ? start
    : sameDay
      ? `${start.slice(0, 16)}–${clockTime(event.endsAt, event.timeZone)} ${start.slice(17)}`
      : `${start} – ${formatDeskInstant(event.endsAt, event.timeZone)}`;
  const here = formatDeskInstant(event.startsAt, deskZone);
  return here === start ? own : `${own} (${here} here)`;
}

/** A coverage's suggested deadline: the hour after next on the newsroom's clock ("2026-12-09 17:00"). */
export function suggestedDue(now: Date, deskZone: string): string {
  return utcToZonedInput(new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000 + 3_600_000), deskZone).slice(0, 16);
}
