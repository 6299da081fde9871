import { afterEach, describe, expect, it } from 'vitest';
import { parseDeskFilter } from './desk-filter';

describe('desk filter days', () => {
  const zone = process.env.NEWSROOM_TIMEZONE;
  afterEach(() => {
    if (zone === undefined) delete process.env.NEWSROOM_TIMEZONE;
    else process.env.NEWSROOM_TIMEZONE = zone;
  });

  it('reads "changed from/to" as newsroom days, the end exclusive at the next day’s start', () => {
    process.env.NEWSROOM_TIMEZONE = 'Europe/Moscow';
    const filter = parseDeskFilter({ from: '2026-11-30', to: '2026-11-30' });
    expect(filter.from?.toISOString()).toBe('2026-11-29T21:00:00.000Z');
    expect(filter.before?.toISOString()).toBe('2026-11-30T21:00:00.000Z');
  });

  it('ends a day that is 23 hours long (daylight saving starts) at the right instant', () => {
    process.env.NEWSROOM_TIMEZONE = 'Europe/Berlin';
    const filter = parseDeskFilter({ from: '2026-03-29', to: '2026-03-29' });
    expect(filter.from?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(filter.before?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('ignores what is not a day', () => {
    expect(parseDeskFilter({ from: 'yesterday', to: '2026-02-30x' })).toMatchObject({ from: undefined, before: undefined });
  });
});
