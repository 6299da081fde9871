import { z } from 'zod';
import { ZId, zMultiline } from '@/lib/text/fields';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/permissions';
import { cancelScheduledPublication, enqueueEmbargoLift, enqueueScheduledPublication } from '@/lib/jobs/queue';
import { notify } from '@/lib/notifications/notify';
import { signalLive } from '@/lib/live/signal';
import { enqueueWebhookEvent, withdrawHeldDeliveries } from '@/lib/webhooks/enqueue';
import { followStoryMove } from '@/lib/planning/story-link';
import { storyEventData } from '@/lib/webhooks/story-event';
import { writePublication } from './publication';
import { describeHeld } from './shared-doc/held';
import { unstoredFields } from './shared-doc/store';
import { assertImagesDescribed, assertReadyForReview } from './readiness';
import { contentOf, recordRevision } from './records';
import { planTransition, WORKFLOW_ACTIONS } from './workflow';
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

/** Moves that take the text on to review or readers. */
const TAKES_TEXT_ON: string[] = ['submit', 'approve', 'publish', 'publishNow', 'schedule'];

const NOTIFY: Partial<Record<string, string>> = {
  requestChanges: 'sent back', approve: 'approved', schedule: 'scheduled', publish: 'published', publishNow: 'published', kill: 'killed',
};

/**
 * Moves a story through the workflow. The transition table decides whether the
 * viewer may, the story row changes only here, and the audit event, the revision and
 * the author's notification are written in the same transaction.
 */
export async function transitionStory(viewer: Viewer, input: TTransition, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: input.storyId }, include: { tags: true, publication: { select: { storyId: true, killedAt: true } } } });
    if (!story) throw new AppError('NOT_FOUND', 'This story no longer exists.');
    const isLive = !!story.publication && !story.publication.killedAt;
    const plan = planTransition({ status: story.status, priority: story.priority, lastEditorId: story.lastEditorId, textEditorId: story.textEditorId, smallEditChars: story.smallEditChars, isLive, wasPublished: !!story.publication || !!story.firstPublishedAt }, input.action, viewer, { note: input.note, at: input.at, now });
    if (input.baseVersion !== undefined && input.baseVersion !== story.version) {
      throw new AppError('CONFLICT', 'The text changed since you opened it. Reload to see the current version.');
    }
    const publishing = input.action === 'publish' || input.action === 'publishNow';
    // A move takes the text on as stored: never while the shared document holds text the story does not.
    if (TAKES_TEXT_ON.includes(input.action)) {
      const unstored = await unstoredFields(tx, story.id);
      if (unstored) throw new AppError('INVALID_INPUT', `${describeHeld(unstored)} Fix it before moving the story on.`, unstored);
    }
    // A FLASH may be a headline and a dateline only (its body follows in an update), on every path to readers.
    if (['submit', 'approve', 'publish', 'schedule', 'publishNow'].includes(input.action)) assertReadyForReview(story, { flash: story.priority === 'FLASH' });
    if (['publish', 'schedule', 'publishNow'].includes(input.action)) {
      const leadImage = story.leadImageId ? await tx.asset.findUnique({ where: { id: story.leadImageId }, select: { altText: true } }) : null;
      assertImagesDescribed({ body: story.body, leadImage });
    }

    const data: Prisma.StoryUpdateInput = { status: plan.to };
    if (input.action === 'submit') data.submittedAt = now;
    if (input.action === 'approve') data.approvedAt = now;
    if (input.action === 'schedule') data.scheduledAt = input.at;
    if (input.action === 'unschedule') data.scheduledAt = null;
    if (publishing) Object.assign(data, { publishedAt: now, firstPublishedAt: story.firstPublishedAt ?? now, scheduledAt: null });
    if (input.action === 'kill') data.killedAt = now;
    if (input.action === 'spike') data.spikedAt = now;
    if (input.action === 'unspike') data.spikedAt = null;
    // Only this guarded update changes a status: a concurrent move makes it miss.
    const moved = await tx.story.updateMany({ where: { id: story.id, status: story.status }, data: data as Prisma.StoryUpdateManyMutationInput });
    if (moved.count !== 1) throw new AppError('CONFLICT', 'Someone else moved this story at the same time. Reload to see where it is.');

    if (input.action === 'schedule') await enqueueScheduledPublication(tx, { storyId: story.id, at: input.at!, userId: viewer.id });
    if (input.action === 'unschedule' || (input.action === 'publish' && story.status === 'SCHEDULED')) await cancelScheduledPublication(tx, story.id);
    if (publishing) {
      await writePublication(tx, story.id, now);
      if (story.embargoUntil && story.embargoUntil > now && !isLive) await enqueueEmbargoLift(tx, { storyId: story.id, slug: story.slug, at: story.embargoUntil });
    }
    if (input.action === 'kill') {
      const killed = await tx.publication.update({ where: { storyId: story.id }, data: { killedAt: now, killNote: input.note ?? '' } });
      // Killed before readers could see it: partners were told nothing, and are not now.
      if (killed.visibleAt > now) await withdrawHeldDeliveries(tx, story.id, now);
      else await enqueueWebhookEvent(tx, 'story.killed', storyEventData(killed), null);
      if (killed.priority === 'FLASH') await signalLive(tx, { kind: 'breaking' });
    }

    await recordRevision(tx, { storyId: story.id, authorId: viewer.id, reason: 'STATUS_CHANGE', storyVersion: story.version, status: plan.to, content: contentOf(story), now });
    const note = [
      input.note ?? '',
      plan.fourEyesWaived ? 'Four-eyes check waived: FLASH published by the reviewer who last changed it.' : '',
      plan.smallFixWaived !== null ? `Four-eyes check: the approver's own change since was a small fix (${plan.smallFixWaived} characters) of someone else's text.` : '',
      input.action === 'publishNow' ? `Published without review by ${viewer.name} (${story.priority}).` : '',
    ].filter(Boolean).join(' ');
    await tx.auditEvent.create({
      data: { storyId: story.id, actorId: viewer.id, action: `story.${input.action}`, fromStatus: story.status, toStatus: plan.to, note, data: { fourEyesWaived: plan.fourEyesWaived, smallFixWaived: plan.smallFixWaived, at: input.at?.toISOString() ?? null }, createdAt: now },
    });
    // The story's planned coverage, if any, follows the move (filed when submitted, published when published).
    await followStoryMove(tx, { storyId: story.id, action: input.action, actorId: viewer.id, now });
    const verb = NOTIFY[input.action];
    if (verb && story.authorId !== viewer.id) {
      await notify(tx, { userId: story.authorId, storyId: story.id, kind: input.action, message: `“${story.headline || 'Untitled story'}” was ${verb} by ${viewer.name}.${input.note ? ` Note: ${input.note}` : ''}` });
    }
    return {
      id: story.id, status: plan.to as StoryStatus, label: STATUS_LABELS[plan.to], slug: story.slug,
      /** Publish and kill change what readers see; every other move stays on the desk. */
      public: publishing || input.action === 'kill',
    };
  });
}
