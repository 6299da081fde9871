import { describe, expect, it } from 'vitest';
import { coverageStatusAfterMove } from './follow-story';

describe('coverage follows its story', () => {
  it.each([
    ['IN_PROGRESS', 'submit', 'FILED'],
    ['ASSIGNED', 'submit', 'FILED'],
    ['FILED', 'approve', null],
    ['IN_PROGRESS', 'publishNow', 'PUBLISHED'],
    ['FILED', 'publish', 'PUBLISHED'],
    ['FILED', 'schedule', null],
    ['FILED', 'requestChanges', 'IN_PROGRESS'],
    ['PUBLISHED', 'publish', null],
    ['PUBLISHED', 'kill', null],
    ['PUBLISHED', 'requestChanges', null],
    ['IN_PROGRESS', 'spike', 'CANCELLED'],
    ['CANCELLED', 'unspike', 'IN_PROGRESS'],
    ['CANCELLED', 'submit', null],
    ['IN_PROGRESS', 'edit', null],
    ['FILED', 'unschedule', null],
  ] as const)('%s + %s → %s', (from, move, to) => {
    expect(coverageStatusAfterMove(from, move)).toBe(to);
  });
});
