import { env } from '@/lib/env';
import { readerMessages } from '@/lib/stories/reader-messages';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment for readers in their site's language, in the newsroom's time zone with its abbreviation ("7 July 2021, 11:20 MSK", "7 июля 2021 г., 11:20 MSK"). */
export function formatPublicTime(date: Date, language = 'en') {
  const locale = readerMessages(language).locale;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: env().NEWSROOM_TIMEZONE,
      timeZoneName: 'short',
    });
    formats.set(locale, format);
  }
  return format.format(date);
}
