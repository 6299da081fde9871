import { describe, expect, it } from 'vitest';
import { deskDay, formatDeskInstant, timeSince, zoneAbbreviation } from './desk-clock';
import { utcToZonedInput } from './zoned';

describe('the desk clock', () => {
  const at = new Date('2026-11-30T21:05:00Z');
  it('shows one format in the newsroom zone, with its abbreviation', () => {
    expect(formatDeskInstant(at, 'Europe/Moscow')).toBe('2026-12-01 00:05 MSK');
    expect(formatDeskInstant(at, 'UTC')).toBe('2026-11-30 21:05 UTC');
    expect(formatDeskInstant(new Date('2026-07-01T10:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01 12:00 CEST');
    expect(formatDeskInstant(at, 'America/New_York')).toBe('2026-11-30 16:05 EST');
  });
  it('falls back to the offset for zones without a known abbreviation', () => {
    expect(zoneAbbreviation(at, 'Asia/Kathmandu')).toMatch(/^GMT\+5:45$/);
  });
  it('gives days and time-field values in the same zone', () => {
    expect(deskDay(at, 'Europe/Moscow')).toBe('2026-12-01');
    expect(utcToZonedInput(at, 'Europe/Moscow')).toBe('2026-12-01 00:05');
  });
  it('says how long ago in words', () => {
    expect(timeSince(new Date(at.getTime() - 30_000), at)).toBe('just now');
    expect(timeSince(new Date(at.getTime() - 5 * 60_000), at)).toBe('5 min ago');
    expect(timeSince(new Date(at.getTime() - 3 * 3_600_000), at)).toBe('3 h ago');
    expect(timeSince(new Date(at.getTime() - 4 * 86_400_000), at)).toBe('4 days ago');
  });
});
