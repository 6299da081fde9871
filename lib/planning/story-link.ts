import type { Tx } from '@/lib/db';
import { COVERAGE_STATUS_LABELS } from './labels';
import { coverageStatusAfterMove } from './follow-story';

/**
 * Called by the workflow (lib/stories/transition.ts) inside the move's transaction: the
 * coverage of the story, if it has one, follows the move (filed when submitted, published
 * when published…), with its own audit event. Nothing else; a story without coverage costs one indexed read.
 */
export async function followStoryMove(tx: Tx, move: { storyId: string; action: string; actorId: string | null; now: Date }) {
  const coverage = await tx.coverage.findUnique({ where: { storyId: move.storyId }, select: { id: true, slug: true, status: true } });
  if (!coverage) return null;
  const next = coverageStatusAfterMove(coverage.status, move.action);
  if (!next) return null;
  await tx.coverage.update({ where: { id: coverage.id }, data: { status: next } });
  await tx.auditEvent.create({
    data: {
      storyId: move.storyId,
      actorId: move.actorId,
      action: 'coverage.follow',
      createdAt: move.now,
      note: `${coverage.slug}: ${COVERAGE_STATUS_LABELS[coverage.status]} → ${COVERAGE_STATUS_LABELS[next]} (story ${move.action})`,
      data: { coverageId: coverage.id, from: coverage.status, to: next, storyAction: move.action },
    },
  });
  return next;
}
