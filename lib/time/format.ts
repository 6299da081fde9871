import { env } from '@/lib/env';
import { deskDay, formatDeskInstant } from './desk-clock';

/** A moment on the desk's one clock: the newsroom's time zone, with its abbreviation ("2026-11-30 21:05 MSK"). */
export function formatDeskTime(instant: Date): string {
  return formatDeskInstant(instant, env().NEWSROOM_TIMEZONE);
}

/** The newsroom's day at a moment ("2026-11-30"). */
export function formatDeskDay(instant: Date): string {
  return deskDay(instant, env().NEWSROOM_TIMEZONE);
}
