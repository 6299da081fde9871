import { z } from 'zod';
import { PRIORITIES } from '@/lib/enums';
import { env } from '@/lib/env';
import { HEADLINE_MAX, LANGUAGES } from '@/lib/stories/limits';
import { ZId, zLine, zMultiline } from '@/lib/text/fields';
import { zonedTimeToUtc } from '@/lib/time/zoned';
import { COVERAGE_STATUSES } from './labels';
import { canonicalTimeZone } from './time-zone';

/** The longest event the calendar takes (a summit, a festival); longer ones are series of events. */
export const MAX_EVENT_DAYS = 31;
const DAY_MS = 86_400_000;

const optionalId = z.preprocess((value) => (value === '' || value === undefined ? null : value), ZId.nullable());
const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/;

/** Midnight after a `YYYY-MM-DD` day, as text ("2026-12-09" → "2026-12-10"). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A real calendar day ("2026-02-30" is not one). */
const realDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

/** Tag names as typed: "Vladimir Putin, Kremlin" (resolved to tags by name or alias when saved). */
const ZTagNames = z
  .string()
  .default('')
  .transform((value) => [
    ...new Set(
      value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(120, 'A tag name is at most 120 characters.')).max(30, 'Use at most 30 tags.'));

/**
 * An event as the form sends it. Times are wall-clock times in the event's own time zone
 * (an all-day event takes days, its end the last day it runs); they become instants here,
 * with a message under the field for an unknown zone, a time that does not exist, or an
 * event that ends before it starts.
 */
export const ZEvent = z
  .object({
    title: zLine(200, 'Keep the title to 200 characters.').pipe(z.string().min(1, 'Give the event a title.')),
    startsAt: z.string().trim().max(40),
    endsAt: z.string().trim().max(40).default(''),
    allDay: checkbox.default(false),
    timeZone: z.string().trim().max(64).default(''),
    place: zLine(200, 'Keep the place to 200 characters.').default(''),
    topicId: optionalId.default(null),
    tags: ZTagNames,
    notes: zMultiline(5000, 'Keep the notes to 5,000 characters.').default(''),
    wireItemId: optionalId.default(null),
  })
  .transform((input, ctx) => {
    const timeZone = canonicalTimeZone(input.timeZone || env().NEWSROOM_TIMEZONE);
    if (!timeZone) {
      ctx.addIssue({ code: 'custom', path: ['timeZone'], message: `“${input.timeZone}” is not a time zone. Use a name like Europe/Moscow or UTC.` });
      return z.NEVER;
    }
    const read = (field: 'startsAt' | 'endsAt', text: string, end: boolean): Date | null | undefined => {
      if (input.allDay) {
        if (!DATE.test(text)) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'An all-day event takes a date, like 2026-12-09.' });
          return undefined;
        }
        if (!realDay(text)) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'That date does not exist.' });
          return undefined;
        }
        return zonedTimeToUtc(`${end ? nextDay(text) : text} 00:00`, timeZone);
      }
      if (!DATE_TIME.test(text)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'Use a date and a time, like 2026-12-09 15:00.' });
        return undefined;
      }
      if (!realDay(text.slice(0, 10))) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'That date does not exist.' });
        return undefined;
      }
      return zonedTimeToUtc(text, timeZone);
    };
    if (!input.startsAt) {
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'When does it start?' });
      return z.NEVER;
    }
    const startsAt = read('startsAt', input.startsAt, false);
    const endsAt = input.endsAt ? read('endsAt', input.endsAt, true) : input.allDay && startsAt ? read('endsAt', input.startsAt, true) : null;
    if (!startsAt || endsAt === undefined) return z.NEVER;
    if (endsAt && endsAt < startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The event cannot end before it starts.' });
      return z.NEVER;
    }
    if (endsAt && endsAt.getTime() - startsAt.getTime() > MAX_EVENT_DAYS * DAY_MS) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `An event lasts at most ${MAX_EVENT_DAYS} days; plan a longer one as several events.` });
      return z.NEVER;
    }
    const { startsAt: _s, endsAt: _e, timeZone: _z, ...rest } = input;
    return { ...rest, timeZone, startsAt, endsAt };
  });
export type TEvent = z.output<typeof ZEvent>;

/** A coverage as the form sends it; "Due" is a time on the desk's clock. */
export const ZCoverage = z.object({
  eventId: optionalId.default(null),
  slug: zLine(60, 'Keep the slug to 60 characters.').pipe(z.string().min(1, 'Give the coverage a slug, like RUSSIA-ARMENIA-TALKS.')),
  headline: zLine(HEADLINE_MAX, `Keep the headline to ${HEADLINE_MAX} characters.`).default(''),
  language: z.enum(LANGUAGES, { message: 'Choose a language.' }),
  priority: z.enum(PRIORITIES, { message: 'Choose a priority.' }).default('ROUTINE'),
  sectionId: optionalId.default(null),
  assigneeId: optionalId.default(null),
  dueAt: z
    .string()
    .trim()
    .max(40)
    .transform((value, ctx) => {
      if (!DATE_TIME.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'Use a date and a time, like 2026-12-09 15:00.' });
        return z.NEVER;
      }
      const instant = realDay(value.slice(0, 10)) ? zonedTimeToUtc(value, env().NEWSROOM_TIMEZONE) : null;
      if (!instant) {
        ctx.addIssue({ code: 'custom', message: 'That time does not exist.' });
        return z.NEVER;
      }
      return instant;
    }),
  /** Empty: planned, or assigned when someone is named. */
  status: z.preprocess((value) => (value === '' ? undefined : value), z.enum(COVERAGE_STATUSES, { message: 'Choose a status.' }).optional()),
  note: zMultiline(2000, 'Keep the note to 2,000 characters.').default(''),
});
export type TCoverage = z.output<typeof ZCoverage>;

/** The budget's filters, from the address bar. */
export const ZBudgetFilter = z.object({
  date: z.string().regex(DATE).refine(realDay).optional().catch(undefined),
  range: z.enum(['day', 'week']).catch('day').default('day'),
  mine: checkbox.catch(false).default(false),
  language: z.enum(LANGUAGES).optional().catch(undefined),
  status: z.enum(COVERAGE_STATUSES).optional().catch(undefined),
});
export type TBudgetFilter = z.output<typeof ZBudgetFilter>;

/** The calendar's view and day, from the address bar. */
export const ZCalendarView = z.object({
  view: z.enum(['day', 'week', 'list']).catch('week').default('week'),
  date: z.string().regex(DATE).refine(realDay).optional().catch(undefined),
});
