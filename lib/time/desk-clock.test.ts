import { describe, expect, it } from 'vitest';
import { deskDay, deskInstantFormatter, formatDeskInstant, timeSince, zoneAbbreviation } from './desk-clock';
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

describe('deskInstantFormatter', () => {
  it('formats every instant as formatDeskInstant does, across daylight-saving changes and odd historical offsets', () => {
    const cases: [string, string, number][] = [
      ['Europe/Moscow', '2026-11-30T00:00:00Z', 7 * 24 * 60],
      ['Europe/Berlin', '2026-03-28T00:00:00Z', 3 * 24 * 60],
      ['America/New_York', '2026-10-31T00:00:00Z', 3 * 24 * 60],
      ['Australia/Lord_Howe', '2026-04-04T00:00:00Z', 2 * 24 * 60],
      ['Asia/Kathmandu', '1985-12-31T00:00:00Z', 24 * 60],
      ['Africa/Monrovia', '1972-01-06T12:00:00Z', 24 * 60],
    ];
    for (const [zone, from, minutes] of cases) {
      const format = deskInstantFormatter(zone);
      for (let m = 0; m < minutes; m += 7) {
        const at = new Date(Date.parse(from) + m * 60_000 + 13_000);
        expect(format(at), `${zone} ${at.toISOString()}`).toBe(formatDeskInstant(at, zone));
      }
    }
    for (const zone of ['UTC', 'Europe/Moscow', 'Pacific/Kiritimati']) {
      const format = deskInstantFormatter(zone);
      for (let day = Date.parse('1901-01-01T00:00:00Z'); day < Date.parse('2101-01-01T00:00:00Z'); day += 37 * 86_400_000 + 3_600_000) {
        expect(format(new Date(day)), `${zone} ${new Date(day).toISOString()}`).toBe(formatDeskInstant(new Date(day), zone));
      }
    }
    expect(deskInstantFormatter('UTC')(new Date(Number.NaN))).toBe('—');
  });
});
