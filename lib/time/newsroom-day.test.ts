import { describe, expect, it } from 'vitest';
import { newsroomDayEnding, newsroomDayStart } from './newsroom-day';

describe('newsroom days', () => {
  it('starts a day at midnight newsroom time, and ends it where the next begins', () => {
    expect(newsroomDayStart('2026-11-30', 'Europe/Moscow')?.toISOString()).toBe('2026-11-29T21:00:00.000Z');
    expect(newsroomDayStart('2026-11-30', 'Europe/Moscow', true)?.toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(newsroomDayEnding(newsroomDayStart('2026-11-30', 'Europe/Moscow', true)!, 'Europe/Moscow')).toBe('2026-11-30');
  });

  it('follows a daylight-saving change and the end of a month', () => {
    expect(newsroomDayStart('2026-03-29', 'Europe/Berlin', true)?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(newsroomDayStart('2026-01-31', 'UTC', true)?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('refuses what is not a calendar day', () => {
    for (const day of ['2026-02-30', '30/11/2026', '11/30/2026', '2026-13-01', '']) expect(newsroomDayStart(day, 'UTC')).toBeNull();
  });
});
