import { describe, expect, it } from 'vitest';
import { utcToZonedInput, zonedTimeToUtc } from './zoned';

describe('newsroom time zone', () => {
  it('reads a wall-clock time in Moscow (UTC+3, no DST)', () => {
    expect(zonedTimeToUtc('2026-11-28T15:00', 'Europe/Moscow')?.toISOString()).toBe('2026-11-28T12:00:00.000Z');
  });
  it('handles daylight saving time', () => {
    expect(zonedTimeToUtc('2026-07-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(zonedTimeToUtc('2026-01-01T12:00:30', 'Europe/Berlin')?.toISOString()).toBe('2026-01-01T11:00:30.000Z');
  });
  it('round-trips for the input field', () => {
    expect(utcToZonedInput(new Date('2026-11-28T12:00:00Z'), 'Europe/Moscow')).toBe('2026-11-28 15:00');
    expect(utcToZonedInput(new Date('2026-11-28T12:00:30Z'), 'Europe/Moscow')).toBe('2026-11-28 15:00:30');
    expect(zonedTimeToUtc('2026-11-28 15:00:30', 'Europe/Moscow')?.toISOString()).toBe('2026-11-28T12:00:30.000Z');
  });
  it('refuses what is not a time', () => expect(zonedTimeToUtc('tomorrow', 'Europe/Moscow')).toBeNull());
});
