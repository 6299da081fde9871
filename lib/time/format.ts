import { env } from '@/lib/env';

let formatter: Intl.DateTimeFormat | undefined;

/** A moment on the desk's one clock: the newsroom's time zone, with its abbreviation ("30 Nov 2026, 21:05 MSK"). */
export function formatDeskTime(instant: Date): string {
  formatter ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: env().NEWSROOM_TIMEZONE, timeZoneName: 'short' });
  return formatter.format(instant);
}
