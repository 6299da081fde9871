import { env } from '@/lib/env';

let format: Intl.DateTimeFormat | undefined;

/** A moment for readers, in the newsroom's time zone with its abbreviation ("7 July 2021, 11:20 MSK"). */
export function formatPublicTime(date: Date) {
  format ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: env().NEWSROOM_TIMEZONE,
    timeZoneName: 'short',
  });
  return format.format(date);
}
