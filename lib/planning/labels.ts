import { CoverageStatus } from '@/generated/prisma/enums';

export { CoverageStatus };

/** Every coverage status, in the order a coverage moves through them. */
export const COVERAGE_STATUSES = Object.values(CoverageStatus);

export const COVERAGE_STATUS_LABELS = {
  PLANNED: 'Planned',
  ASSIGNED: 'Assigned',
  IN_PROGRESS: 'In progress',
  FILED: 'Filed',
  PUBLISHED: 'Published',
  CANCELLED: 'Cancelled',
} satisfies Record<CoverageStatus, string>;

/** Coverage still to be filed: the ones a deadline can pass on. */
export const OPEN_COVERAGE_STATUSES = ['PLANNED', 'ASSIGNED', 'IN_PROGRESS'] as const satisfies readonly CoverageStatus[];

export const isOpenCoverage = (status: CoverageStatus) => (OPEN_COVERAGE_STATUSES as readonly CoverageStatus[]).includes(status);

/** Late: the deadline has passed and nothing is filed. */
export const isOverdue = (coverage: { status: CoverageStatus; dueAt: Date }, now: Date) => isOpenCoverage(coverage.status) && coverage.dueAt < now;
