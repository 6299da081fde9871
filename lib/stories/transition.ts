import { z } from 'zod';
import { ZId, zMultiline } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/permissions';
import { notify } from '@/lib/notifications/notify';
import { followStoryMove } from '@/lib/planning/story-link';
import { contentOf, recordRevision } from './records';
import { changesWhatReadersSee, findTransition, planTransition, WORKFLOW_ACTIONS } from './workflow';
import { MOVING_STORY, runChecks, runWrites, type MoveContext } from './workflow-effects';
import { notesOf, stampsOf } from './workflow-stamps';
import { type StoryStatus } from '@/lib/enums';
import { STATUS_LABELS } from './labels';

export const ZTransition = z.object({
  storyId: ZId,
  action: z.enum(WORKFLOW_ACTIONS).exclude(['edit']),
  /** The version the person looked at: approving or publishing text that has changed since is refused. */
  baseVersion: z.number().int().positive().optional(),
  note: zMultiline(2000, 'Keep the note to 2000 characters.').optional(),
  at: z.coerce.date().optional(),
});
/** A move as the domain takes it (parsed by `ZTransition` at the boundary). */
export type TTransition = z.output<typeof ZTransition>;

/**
 * Moves a story through the workflow. The transition table decides whether the
 * viewer may and names what the move does; the story row changes only here, and the
 * audit event, the revision and the author's notification are written in the same
 * transaction. The order, in one transaction: plan (state, role, guards), the version
 * check, the move's checks, the guarded row update with its stamps, the move's writes
 * (jobs, publication, partners, live stream), the revision, the audit event, planned
 * coverage, the notification.
 */
export async function transitionStory(viewer: Viewer, input: TTransition, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: input.storyId }, include: MOVING_STORY });
    if (!story) throw new AppError('NOT_FOUND', 'This story no longer exists.');
    const isLive = !!story.publication && !story.publication.killedAt;
    const plan = planTransition(
      {
        status: story.status,
        priority: story.priority,
        lastEditorId: story.lastEditorId,
        textEditorId: story.textEditorId,
        smallEditChars: story.smallEditChars,
        isLive,
        wasPublished: !!story.publication || !!story.firstPublishedAt,
      },
      input.action,
      viewer,
      { note: input.note, at: input.at, now },
    );
    const transition = findTransition(story.status, input.action)!;
    if (input.baseVersion !== undefined && input.baseVersion !== story.version) {
      throw new AppError('CONFLICT', 'The text changed since you opened it. Reload to see the current version.');
    }
    const move: MoveContext = { tx, story, viewer, input: { note: input.note, at: input.at }, now, isLive };
    await runChecks(transition, move);

    // Only this guarded update changes a status: a concurrent move makes it miss.
    const moved = await tx.story.updateMany({ where: { id: story.id, status: story.status }, data: { status: plan.to, ...stampsOf(transition, move) } });
    if (moved.count !== 1) throw new AppError('CONFLICT', 'Someone else moved this story at the same time. Reload to see where it is.');
    await runWrites(transition, move);

    await recordRevision(tx, {
      storyId: story.id,
      authorId: viewer.id,
      reason: 'STATUS_CHANGE',
      storyVersion: story.version,
      status: plan.to,
      content: contentOf(story),
      now,
    });
    const note = [
      input.note ?? '',
      plan.fourEyesWaived ? 'Four-eyes check waived: FLASH published by the reviewer who last changed it.' : '',
      plan.smallFixWaived !== null
        ? `Four-eyes check: the approver's own change since was a small fix (${plan.smallFixWaived} characters) of someone else's text.`
        : '',
      ...notesOf(transition, move),
    ]
      .filter(Boolean)
      .join(' ');
    await tx.auditEvent.create({
      data: {
        storyId: story.id,
        actorId: viewer.id,
        action: `story.${input.action}`,
        fromStatus: story.status,
        toStatus: plan.to,
        note,
        data: { fourEyesWaived: plan.fourEyesWaived, smallFixWaived: plan.smallFixWaived, at: input.at?.toISOString() ?? null },
        createdAt: now,
      },
    });
    // The story's planned coverage, if any, follows the move (filed when submitted, published when published).
    await followStoryMove(tx, { storyId: story.id, action: input.action, actorId: viewer.id, now });
    if (transition.notify && story.authorId !== viewer.id) {
      await notify(tx, {
        userId: story.authorId,
        storyId: story.id,
        kind: input.action,
        message: `“${story.headline || 'Untitled story'}” was ${transition.notify} by ${viewer.name}.${input.note ? ` Note: ${input.note}` : ''}`,
      });
    }
    return {
      id: story.id,
      status: plan.to as StoryStatus,
      label: STATUS_LABELS[plan.to],
      slug: story.slug,
      /** Publish and kill change what readers see; every other move stays on the desk. */
      public: changesWhatReadersSee(transition),
    };
  });
}
