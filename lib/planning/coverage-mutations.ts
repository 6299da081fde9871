import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, can, type Viewer } from '@/lib/auth/permissions';
import { notify } from '@/lib/notifications/notify';
import { formatDeskTime } from '@/lib/time/format';
import type { CoverageStatus } from './labels';
import type { TCoverage } from './validation';

const invalid = (field: string, message: string) => new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { [field]: [message] });

async function checkReferences(tx: Tx, input: TCoverage) {
  if (input.eventId && !(await tx.planningEvent.findUnique({ where: { id: input.eventId }, select: { id: true } })))
    throw invalid('eventId', 'That event no longer exists.');
  if (input.sectionId && !(await tx.section.findUnique({ where: { id: input.sectionId }, select: { id: true } })))
    throw invalid('sectionId', 'That desk no longer exists.');
  if (input.assigneeId) {
    const assignee = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { active: true } });
    if (!assignee?.active) throw invalid('assigneeId', 'That person is not on the desk any more.');
  }
}

/** The status a coverage is given when none is chosen: assigned once someone is named. */
function statusFor(input: TCoverage, current?: CoverageStatus): CoverageStatus {
  if (input.status) return input.status;
  if (current && current !== 'PLANNED' && current !== 'ASSIGNED') return current;
  return input.assigneeId ? 'ASSIGNED' : 'PLANNED';
}

async function tellAssignee(tx: Tx, viewer: Viewer, coverage: { id: string; slug: string; dueAt: Date; assigneeId: string | null; storyId: string | null }) {
  if (!coverage.assigneeId || coverage.assigneeId === viewer.id) return;
  await notify(tx, {
    userId: coverage.assigneeId,
    storyId: coverage.storyId,
    kind: 'coverage.assigned',
    message: `${viewer.name} assigned you “${coverage.slug}”, due ${formatDeskTime(coverage.dueAt)}.`,
  });
}

/** "Add coverage": a planned story on an event or on its own, with its audit event; the assignee is told. */
export async function createCoverage(viewer: Viewer, input: TCoverage) {
  assertCan(viewer, 'planning.plan');
  if (input.assigneeId) assertCan(viewer, 'planning.assign');
  return prisma.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const coverage = await tx.coverage.create({
      data: {
        eventId: input.eventId,
        slug: input.slug,
        headline: input.headline,
        language: input.language,
        priority: input.priority,
        sectionId: input.sectionId,
        assigneeId: input.assigneeId,
        dueAt: input.dueAt,
        status: statusFor(input),
        note: input.note,
        createdById: viewer.id,
      },
    });
    await tx.auditEvent.create({
      data: {
        actorId: viewer.id,
        action: 'coverage.create',
        note: coverage.slug,
        data: { coverageId: coverage.id, eventId: coverage.eventId, assigneeId: coverage.assigneeId, dueAt: coverage.dueAt.toISOString() },
      },
    });
    await tellAssignee(tx, viewer, coverage);
    return { id: coverage.id };
  });
}

const FIELDS = ['eventId', 'slug', 'headline', 'language', 'priority', 'sectionId', 'assigneeId', 'dueAt', 'status', 'note'] as const;

/**
 * Changes a coverage. Naming someone else or moving the deadline needs `planning.assign`;
 * a new deadline clears the warning, so the job warns again before it. The audit event
 * lists what changed.
 */
export async function updateCoverage(viewer: Viewer, coverageId: string, input: TCoverage) {
  assertCan(viewer, 'planning.plan');
  return prisma.$transaction(async (tx) => {
    const current = await tx.coverage.findUnique({ where: { id: coverageId } });
    if (!current) throw new AppError('NOT_FOUND', 'This coverage no longer exists.');
    await checkReferences(tx, input);
    const next = { ...input, status: statusFor(input, current.status) };
    const same = (key: (typeof FIELDS)[number]) => {
      const a = next[key];
      const b = current[key];
      return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
    };
    const changed = FIELDS.filter((key) => !same(key));
    if (!changed.length) return { id: coverageId, changed: false };
    if ((changed.includes('assigneeId') || changed.includes('dueAt')) && !can(viewer, 'planning.assign')) {
      throw new AppError('FORBIDDEN', 'Your role does not allow assigning coverage or moving its deadline.');
    }
    const updated = await tx.coverage.update({
      where: { id: coverageId },
      data: {
        eventId: next.eventId,
        slug: next.slug,
        headline: next.headline,
        language: next.language,
        priority: next.priority,
        sectionId: next.sectionId,
        assigneeId: next.assigneeId,
        dueAt: next.dueAt,
        status: next.status,
        note: next.note,
        ...(changed.includes('dueAt') ? { dueWarnedAt: null } : {}),
      },
    });
    await tx.auditEvent.create({
      data: {
        actorId: viewer.id,
        action: changed.includes('assigneeId') ? 'coverage.assign' : 'coverage.update',
        storyId: current.storyId,
        note: `${updated.slug}: ${changed.join(', ')} changed`,
        data: {
          coverageId,
          changed,
          from: Object.fromEntries(changed.map((k) => [k, current[k] instanceof Date ? (current[k] as Date).toISOString() : current[k]])),
        },
      },
    });
    if (changed.includes('assigneeId')) await tellAssignee(tx, viewer, updated);
    return { id: coverageId, changed: true };
  });
}
