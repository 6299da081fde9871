import { AppError } from '@/lib/errors';
import { assertCan, can, type Viewer } from '@/lib/auth/permissions';

/**
 * Who may start a coverage's story: a planner any coverage; anyone else (an editor)
 * only a coverage given to them. The matrix names the action; this is its ownership rule.
 */
export function mayStartCoverage(viewer: Viewer | null, coverage: { assigneeId: string | null }): boolean {
  if (!viewer || !can(viewer, 'coverage.start')) return false;
  return can(viewer, 'planning.plan') || coverage.assigneeId === viewer.id;
}

export function assertMayStartCoverage(viewer: Viewer | null, coverage: { assigneeId: string | null }): asserts viewer is Viewer {
  assertCan(viewer, 'coverage.start');
  if (!mayStartCoverage(viewer, coverage)) throw new AppError('FORBIDDEN', 'Only the person this coverage is assigned to, or a planner, may start its story.');
}
