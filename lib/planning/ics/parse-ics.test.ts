import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICS_LIMITS, parseIcs } from './parse-ics';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/ics/kremlin-press.ics'), 'utf8');
const now = new Date('2021-07-01T00:00:00Z');
const options = { now, defaultTimeZone: 'Europe/Moscow' };
const calendar = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n${body}END:VCALENDAR\r\n`;
const vevent = (i: number, extra = '') =>
  `BEGIN:VEVENT\r\nUID:e${i}@t\r\nDTSTAMP:20210101T000000Z\r\nDTSTART:20210801T${String(i % 24).padStart(2, '0')}0000Z\r\nSUMMARY:Event ${i}\r\n${extra}END:VEVENT\r\n`;

describe('iCalendar import (ical.js, bounded)', () => {
  it('reads events with their zone, place and notes; expands repeats with exceptions; leaves out cancelled and backwards ones', () => {
    const result = parseIcs(fixture, options);
    if (!result.ok) throw new Error(result.message);
    const talks = result.events.find((e) => e.title === 'Putin, Pashinyan talks')!;
    expect(talks).toMatchObject({
      startsAt: '2021-07-07T12:00:00.000Z',
      endsAt: '2021-07-07T14:00:00.000Z',
      timeZone: 'Europe/Moscow',
      place: 'Kremlin, Moscow',
      allDay: false,
    });
    expect(talks.notes).toBe('Nagorno-Karabakh on the agenda.\nNo documents to be signed.');
    const briefings = result.events.filter((e) => e.title.startsWith('Peskov briefing')).map((e) => `${e.startsAt} ${e.title}`);
    // Six Mondays and Wednesdays from 5 July, 12 July left out (EXDATE), 14 July moved to 13:00.
    expect(briefings).toEqual([
      '2021-07-05T08:00:00.000Z Peskov briefing',
      '2021-07-07T08:00:00.000Z Peskov briefing',
      '2021-07-14T10:00:00.000Z Peskov briefing (moved)',
      '2021-07-19T08:00:00.000Z Peskov briefing',
      '2021-07-21T08:00:00.000Z Peskov briefing',
    ]);
    expect(result.events.find((e) => e.title === 'Security Council meeting')).toMatchObject({
      startsAt: '2021-07-08T07:00:00.000Z',
      timeZone: 'Europe/Moscow',
    });
    expect(result.events.find((e) => e.title === 'Eurasian summit')).toMatchObject({
      allDay: true,
      startsAt: '2021-07-08T21:00:00.000Z',
      endsAt: '2021-07-10T21:00:00.000Z',
    });
    expect(result.events.map((e) => e.title)).not.toContain('Cancelled visit');
    expect(result.events.map((e) => e.title)).not.toContain('Ends before it starts');
    expect(result.notes).toEqual(expect.arrayContaining(['1 cancelled event left out.', '1 event ending before it starts left out.']));
    expect(new Set(result.events.map((e) => e.key)).size).toBe(result.events.length);
  });

  it('gives the same keys on a second reading, so an import again updates instead of doubling', () => {
    const a = parseIcs(fixture, options);
    const b = parseIcs(fixture, options);
    expect(a.ok && b.ok && a.events.map((e) => e.key)).toEqual(b.ok && b.events.map((e) => e.key));
  });

  it('refuses garbage, binary and what is not a calendar with a message', () => {
    expect(parseIcs('hello world', options)).toEqual({ ok: false, message: expect.stringMatching(/not an iCalendar file/) });
    expect(parseIcs('', options)).toMatchObject({ ok: false });
    expect(parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n', options)).toMatchObject({ ok: false });
    expect(parseIcs('BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', options)).toEqual({ ok: false, message: expect.stringMatching(/never opened/) });
  });

  it('refuses components nested past the limit (recursion) before parsing', () => {
    const deep = `BEGIN:VCALENDAR\r\n${'BEGIN:X-NEST\r\n'.repeat(100_000)}${'END:X-NEST\r\n'.repeat(100_000)}END:VCALENDAR\r\n`;
    const result = parseIcs(deep, options);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/more than 8 levels deep/) });
  });

  it('cuts a file of 100,000 events to the limit and says so', { timeout: 60_000 }, () => {
    const body = Array.from({ length: 100_000 }, (_, i) => vevent(i)).join('');
    const result = parseIcs(calendar(body), options);
    if (!result.ok) throw new Error(result.message);
    expect(result.events).toHaveLength(ICS_LIMITS.events);
    expect(result.found).toBe(100_000);
    expect(result.notes[0]).toBe('The file holds 100,000 events; only the first 2,000 were read.');
  });

  it('bounds a rule that repeats every second, and one that never ends', () => {
    const result = parseIcs(calendar([vevent(1, 'RRULE:FREQ=SECONDLY\r\n'), vevent(2, 'RRULE:FREQ=DAILY\r\n')].join('')), options);
    if (!result.ok) throw new Error(result.message);
    expect(result.events.filter((e) => e.title === 'Event 1')).toHaveLength(ICS_LIMITS.occurrencesPerEvent);
    // Daily from 1 August up to a year ahead of "now" (1 July): the horizon, not forever.
    const daily = result.events.filter((e) => e.title === 'Event 2');
    expect(daily.length).toBeGreaterThan(300);
    expect(daily.length).toBeLessThanOrEqual(ICS_LIMITS.occurrencesPerEvent);
  });

  it('strips control characters from what it keeps', () => {
    const result = parseIcs(
      calendar('BEGIN:VEVENT\r\nUID:x@t\r\nDTSTAMP:20210101T000000Z\r\nDTSTART:20210801T100000Z\r\nSUMMARY:Bad\u0007 title\r\nEND:VEVENT\r\n'),
      options,
    );
    expect(result.ok && result.events[0]!.title).toBe('Bad title');
  });
});
