import type { CoverageStatus } from './labels';

/**
 * Where a started coverage goes when its story makes a workflow move: filed once the
 * copy is submitted (or approved, scheduled), published when it is out, back in progress
 * when it is sent back or restored from the spike, cancelled when it is spiked. Moves not
 * named here (edit, unschedule, kill) leave the coverage where it is; a cancelled
 * coverage stays cancelled unless its story is restored, and one published stays
 * published (an update or a kill is not a new filing).
 */
const AFTER_MOVE: Partial<Record<string, CoverageStatus>> = {
  submit: 'FILED',
  approve: 'FILED',
  schedule: 'FILED',
  publish: 'PUBLISHED',
  publishNow: 'PUBLISHED',
  requestChanges: 'IN_PROGRESS',
  spike: 'CANCELLED',
  unspike: 'IN_PROGRESS',
};

/** The coverage's next status after its story's move, or null when it does not change. */
export function coverageStatusAfterMove(current: CoverageStatus, storyMove: string): CoverageStatus | null {
  const next = AFTER_MOVE[storyMove];
  if (!next || next === current) return null;
  if (current === 'PUBLISHED' && next !== 'CANCELLED') return null;
  if (current === 'CANCELLED' && storyMove !== 'unspike') return null;
  return next;
}
