import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/errors';
import { ZCoverage, ZEvent } from './validation';

const event = (overrides: Record<string, unknown> = {}) => ({
  title: 'Putin, Pashinyan talks',
  startsAt: '2021-07-07 15:00',
  endsAt: '2021-07-07 17:00',
  timeZone: 'Europe/Moscow',
  ...overrides,
});
const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as never));

describe('event input', () => {
  it('reads times in the event’s own zone', () => {
    const parsed = ZEvent.parse(event({ timeZone: 'asia/yerevan' }));
    expect(parsed.timeZone).toBe('Asia/Yerevan');
    expect(parsed.startsAt.toISOString()).toBe('2021-07-07T11:00:00.000Z');
    expect(parsed.endsAt?.toISOString()).toBe('2021-07-07T13:00:00.000Z');
  });
  it('refuses an event ending before it starts, under Ends', () => {
    expect(errorsOf(ZEvent.safeParse(event({ endsAt: '2021-07-07 14:00' })))).toEqual({ endsAt: ['The event cannot end before it starts.'] });
  });
  it('refuses an unknown time zone, under Time zone', () => {
    expect(errorsOf(ZEvent.safeParse(event({ timeZone: 'Mars/Olympus_Mons' })))).toEqual({
      timeZone: ['“Mars/Olympus_Mons” is not a time zone. Use a name like Europe/Moscow or UTC.'],
    });
    expect(errorsOf(ZEvent.safeParse(event({ timeZone: "Europe/Moscow'; DROP" })))).toHaveProperty('timeZone');
  });
  it('refuses times that are not times, and days that do not exist', () => {
    expect(errorsOf(ZEvent.safeParse(event({ startsAt: 'Wednesday' })))).toEqual({ startsAt: ['Use a date and a time, like 2026-12-09 15:00.'] });
    expect(errorsOf(ZEvent.safeParse(event({ startsAt: '2021-02-30 10:00', endsAt: '' })))).toEqual({ startsAt: ['That date does not exist.'] });
    expect(errorsOf(ZEvent.safeParse(event({ startsAt: '' })))).toEqual({ startsAt: ['When does it start?'] });
    expect(errorsOf(ZEvent.safeParse(event({ title: '  ' })))).toEqual({ title: ['Give the event a title.'] });
  });
  it('takes all-day events as days, the end being the last day', () => {
    const parsed = ZEvent.parse(event({ allDay: 'on', startsAt: '2021-07-09', endsAt: '2021-07-10' }));
    expect(parsed.startsAt.toISOString()).toBe('2021-07-08T21:00:00.000Z');
    expect(parsed.endsAt?.toISOString()).toBe('2021-07-10T21:00:00.000Z');
    expect(errorsOf(ZEvent.safeParse(event({ allDay: 'on', startsAt: '2021-07-09 10:00', endsAt: '' })))).toEqual({
      startsAt: ['An all-day event takes a date, like 2026-12-09.'],
    });
  });
  it('refuses an event longer than 31 days', () => {
    expect(errorsOf(ZEvent.safeParse(event({ endsAt: '2021-09-07 17:00' })))).toHaveProperty('endsAt');
  });
});

describe('coverage input', () => {
  it('needs a slug, a language and a Due time on the newsroom clock', () => {
    expect(errorsOf(ZCoverage.safeParse({ slug: '', language: 'xx', dueAt: 'soon' }))).toEqual({
      slug: ['Give the coverage a slug, like RUSSIA-ARMENIA-TALKS.'],
      language: ['Choose a language.'],
      dueAt: ['Use a date and a time, like 2026-12-09 15:00.'],
    });
    const parsed = ZCoverage.parse({ slug: 'RUSSIA-ARMENIA', language: 'ru', dueAt: '2021-07-07 18:00', status: '' });
    expect(parsed).toMatchObject({ slug: 'RUSSIA-ARMENIA', priority: 'ROUTINE', status: undefined, assigneeId: null });
    expect(parsed.dueAt.toISOString()).toBe('2021-07-07T15:00:00.000Z');
  });
});
