import ICAL from 'ical.js';
import { normalizeLine, normalizeMultiline } from '@/lib/text/normalize';
import { zonedTimeToUtc } from '@/lib/time/zoned';
import { canonicalTimeZone } from '../time-zone';

/** What one import reads at most; beyond these a file is refused or cut, with a message saying so. */
export const ICS_LIMITS = {
  /** The file itself (checked before it is read, and again while it arrives). */
  bytes: 5 * 1024 * 1024,
  /** Events kept from one file, recurrences expanded. */
  events: 2000,
  /** BEGIN:… inside BEGIN:… (a calendar holds events holding alarms: 3). */
  depth: 8,
  /** Occurrences of one recurring event, and steps of its rule walked to find them. */
  occurrencesPerEvent: 366,
  stepsPerEvent: 5000,
  /** The longest event kept (as the calendar's own limit). */
  eventDays: 31,
} as const;

/** Recurring events are expanded from a month ago to a year ahead: the planning horizon. */
const WINDOW_BEFORE_MS = 31 * 86_400_000;
const WINDOW_AFTER_MS = 366 * 86_400_000;

export type ImportedEvent = {
  key: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  allDay: boolean;
  timeZone: string;
  place: string;
  notes: string;
};
export type IcsResult = { ok: true; events: ImportedEvent[]; found: number; notes: string[] } | { ok: false; message: string };

const refuse = (message: string): IcsResult => ({ ok: false, message });
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * A first pass over the lines, before the library parses anything: how deep components
 * nest (refused past the limit: a file of a million BEGINs is not a calendar) and how
 * many events there are (cut after the limit, closing the calendar where it was cut).
 */
function prescan(text: string): { text: string; events: number; cut: boolean } | { error: string } {
  const lines = text.split(/\r\n|\n|\r/);
  let depth = 0;
  let events = 0;
  let cutAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.charCodeAt(0) | 0x20; // lower-cased; only BEGIN:/END: lines matter here
    if (first !== 0x62 && first !== 0x65) continue;
    const begin = /^BEGIN:/i.test(line);
    if (begin) {
      depth++;
      if (depth > ICS_LIMITS.depth)
        return { error: `The calendar nests components more than ${ICS_LIMITS.depth} levels deep (line ${i + 1}); it was not read.` };
      if (/^BEGIN:VEVENT\s*$/i.test(line)) events++;
    } else if (/^END:/i.test(line)) {
      depth--;
      if (depth < 0) return { error: `The calendar closes a component it never opened (line ${i + 1}); it was not read.` };
      if (cutAt < 0 && events === ICS_LIMITS.events && /^END:VEVENT\s*$/i.test(line)) cutAt = i;
    }
  }
  if (events <= ICS_LIMITS.events || cutAt < 0) return { text, events, cut: false };
  return { text: `${lines.slice(0, cutAt + 1).join('\r\n')}\r\nEND:VCALENDAR\r\n`, events, cut: true };
}

type Zoned = { at: Date; zone: string };

/** An iCalendar time as an instant, and the zone to show it in (its TZID when that is an IANA name). */
function instantOf(time: ICAL.Time, tzid: string | null, fallbackZone: string): Zoned | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const wall = `${time.year}-${pad(time.month)}-${pad(time.day)} ${time.isDate ? '00:00' : `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`}`;
  const iana = tzid ? canonicalTimeZone(tzid) : null;
  if (time.zone === ICAL.Timezone.utcTimezone) {
    const at = new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
    return Number.isNaN(at.getTime()) ? null : { at, zone: fallbackZone };
  }
  if (iana) {
    const at = zonedTimeToUtc(wall, iana);
    return at ? { at, zone: iana } : null;
  }
  if (tzid && time.zone && time.zone !== ICAL.Timezone.localTimezone) {
    // A zone the file defines itself (VTIMEZONE, e.g. Outlook's "Russian Standard Time").
    const at = new Date(time.toUnixTime() * 1000);
    return Number.isNaN(at.getTime()) ? null : { at, zone: fallbackZone };
  }
  const at = zonedTimeToUtc(wall, fallbackZone); // floating: the newsroom's clock
  return at ? { at, zone: fallbackZone } : null;
}

/**
 * Reads an iCalendar file into events for the planning calendar with ical.js: recurring
 * events expanded (within a month back and a year ahead, at most 366 times each), their
 * exceptions applied, cancelled ones left out. Bounded in every direction: see
 * ICS_LIMITS. Pure and synchronous; the app runs it on a worker thread with a time limit.
 */
export function parseIcs(raw: string, options: { now: Date; defaultTimeZone: string }): IcsResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (
    !/^\s*BEGIN:VCALENDAR\s*$/im.test(
      text
        .slice(0, 2000)
        .split(/\r?\n/)
        .find((l) => l.trim()) ?? '',
    )
  ) {
    return refuse('That is not an iCalendar file: it must begin with BEGIN:VCALENDAR.');
  }
  const scanned = prescan(text);
  if ('error' in scanned) return refuse(scanned.error);
  const notes: string[] = [];
  if (scanned.cut) notes.push(`The file holds ${plural(scanned.events, 'event')}; only the first ${ICS_LIMITS.events.toLocaleString('en')} were read.`);

  let calendar: ICAL.Component;
  try {
    const jcal = ICAL.parse(scanned.text);
    calendar = new ICAL.Component(Array.isArray(jcal[0]) ? (jcal[0] as unknown as unknown[]) : (jcal as unknown as unknown[]));
  } catch (error) {
    return refuse(`The calendar could not be read: ${(error as Error).message.slice(0, 200)}`);
  }
  if (calendar.name !== 'vcalendar') return refuse('That is not an iCalendar file: it holds no VCALENDAR.');

  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    try {
      ICAL.TimezoneService.register(zone);
    } catch {
      /* a broken VTIMEZONE: its times are read as the newsroom's */
    }
  }

  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Event[] = [];
  const skipped = { noStart: 0, cancelled: 0, tooLong: 0, backwards: 0, capped: 0, unreadable: 0, steps: 0 };
  for (const component of calendar.getAllSubcomponents('vevent')) {
    try {
      const event = new ICAL.Event(component);
      if (event.isRecurrenceException()) exceptions.push(event);
      else masters.set(`${event.uid ?? ''}#${masters.size}`, event);
    } catch {
      skipped.unreadable++;
    }
  }
  for (const exception of exceptions) {
    const master = [...masters.values()].find((m) => m.uid === exception.uid && m.isRecurring());
    if (master) master.relateException(exception);
    else masters.set(`${exception.uid ?? ''}#${masters.size}`, exception);
  }

  const windowStart = options.now.getTime() - WINDOW_BEFORE_MS;
  const windowEnd = options.now.getTime() + WINDOW_AFTER_MS;
  const events: ImportedEvent[] = [];
  const keys = new Set<string>();
  const push = (event: ICAL.Event, start: ICAL.Time, end: ICAL.Time | null, tzid: string | null) => {
    const from = instantOf(start, tzid, options.defaultTimeZone);
    if (!from) {
      skipped.unreadable++;
      return;
    }
    let to = end ? instantOf(end, tzid, options.defaultTimeZone) : null;
    if (to && to.at.getTime() === from.at.getTime()) to = null;
    if (to && to.at < from.at) {
      skipped.backwards++;
      return;
    }
    if (to && to.at.getTime() - from.at.getTime() > ICS_LIMITS.eventDays * 86_400_000) {
      skipped.tooLong++;
      return;
    }
    const key = `${(event.uid || normalizeLine(event.summary ?? '')).slice(0, 200)}|${from.at.toISOString()}`;
    if (keys.has(key)) return;
    keys.add(key);
    events.push({
      key,
      title: normalizeLine(event.summary ?? '').slice(0, 200) || '(untitled event)',
      startsAt: from.at.toISOString(),
      endsAt: to?.at.toISOString() ?? null,
      allDay: start.isDate,
      timeZone: from.zone,
      place: normalizeLine(event.location ?? '').slice(0, 200),
      notes: normalizeMultiline(event.description ?? '').slice(0, 5000),
    });
  };

  for (const event of masters.values()) {
    if (events.length >= ICS_LIMITS.events) {
      skipped.capped++;
      continue;
    }
    try {
      const dtstart = event.component.getFirstProperty('dtstart');
      if (!dtstart) {
        skipped.noStart++;
        continue;
      }
      if (String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
        skipped.cancelled++;
        continue;
      }
      const tzidParam = dtstart.getParameter('tzid');
      const tzid = typeof tzidParam === 'string' ? tzidParam : null;
      if (!event.isRecurring()) {
        push(event, event.startDate, event.endDate ?? null, tzid);
        continue;
      }
      const iterator = event.iterator();
      let occurrences = 0;
      for (let step = 0; ; step++) {
        if (step === ICS_LIMITS.stepsPerEvent) {
          skipped.steps++;
          break;
        }
        const next = iterator.next();
        if (!next) break;
        const at = next.toUnixTime() * 1000;
        if (at > windowEnd) break;
        const details = event.getOccurrenceDetails(next);
        if ((details.endDate ?? details.startDate).toUnixTime() * 1000 < windowStart) continue;
        if (String(details.item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
        push(details.item, details.startDate, details.endDate ?? null, tzid);
        if (++occurrences >= ICS_LIMITS.occurrencesPerEvent || events.length >= ICS_LIMITS.events) break;
      }
    } catch {
      skipped.unreadable++;
    }
  }
  if (skipped.capped) notes.push(`More than ${ICS_LIMITS.events.toLocaleString('en')} events after expanding repeats; the rest were left out.`);
  if (skipped.steps)
    notes.push(
      `${plural(skipped.steps, 'repeating event')} repeat${skipped.steps === 1 ? 's' : ''} too often to expand in full (${ICS_LIMITS.stepsPerEvent.toLocaleString('en')} steps); what was found by then was read.`,
    );
  if (skipped.noStart) notes.push(`${plural(skipped.noStart, 'event')} without a start left out.`);
  if (skipped.cancelled) notes.push(`${plural(skipped.cancelled, 'cancelled event')} left out.`);
  if (skipped.backwards) notes.push(`${plural(skipped.backwards, 'event')} ending before ${skipped.backwards === 1 ? 'it starts' : 'they start'} left out.`);
  if (skipped.tooLong) notes.push(`${plural(skipped.tooLong, 'event')} longer than ${ICS_LIMITS.eventDays} days left out.`);
  if (skipped.unreadable) notes.push(`${plural(skipped.unreadable, 'event')} that could not be read left out.`);
  return { ok: true, events, found: scanned.events, notes };
}
