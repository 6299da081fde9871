import 'server-only';
import { z } from 'zod';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { AppError, isAppError } from '@/lib/errors';
import { ZId } from '@/lib/text/fields';
import { changeStoryFields } from './mutations';
import { transitionStory } from './transition';

export const BULK_MAX = 100;

const storyIds = z.array(ZId).min(1, 'Select at least one story.').max(BULK_MAX);

/** One change applied to many stories from the desk list. */
export const ZBulkAction = z.discriminatedUnion('action', [
  // '' takes the section away: the list offers it as its own, named choice, never as a default.
  z.object({ action: z.literal('setSection'), storyIds, sectionId: ZId.or(z.literal('')) }),
  z.object({ action: z.literal('addTag'), storyIds, tagId: ZId }),
  z.object({ action: z.literal('removeTag'), storyIds, tagId: ZId }),
  z.object({ action: z.literal('spike'), storyIds }),
  z.object({ action: z.literal('unspike'), storyIds }),
  z.object({ action: z.literal('submit'), storyIds }),
]);
export type TBulkAction = z.output<typeof ZBulkAction>;
export type BulkKind = TBulkAction['action'];

/**
 * A story the action changed, and what it was before where that is needed to undo it:
 * the section it had, whether the tag was newly added.
 */
export type BulkDone = { id: string; headline: string; previousSectionId?: string | null; changed: boolean };
export type BulkOutcome = {
  done: BulkDone[];
  refused: { id: string; headline: string; reason: string }[];
  /** The bulk actions that undo this one (empty when nothing can be undone). */
  undo: TBulkAction[];
};

/**
 * Applies one action to each selected story on its own: each goes through the same
 * permission, workflow and save rules as one done by hand, so one refusal (a story
 * already published, someone else's move) never stops the rest, and says why.
 */
export async function applyBulkAction(viewer: Viewer, input: TBulkAction): Promise<BulkOutcome> {
  assertCan(viewer, 'desk.view');
  const ids = [...new Set(input.storyIds)];
  const headlines = new Map(
    (await prisma.story.findMany({ where: { id: { in: ids } }, select: { id: true, headline: true } })).map((s) => [s.id, s.headline || 'Untitled story']),
  );
  const outcome: BulkOutcome = { done: [], refused: [], undo: [] };
  for (const id of ids) {
    const headline = headlines.get(id);
    if (!headline) {
      outcome.refused.push({ id, headline: '(deleted story)', reason: 'This story no longer exists.' });
      continue;
    }
    try {
      outcome.done.push({ id, headline, ...(await applyOne(viewer, id, input)) });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const detail = Object.values(error.fieldErrors).flat()[0];
      outcome.refused.push({ id, headline, reason: detail && error.code === 'INVALID_INPUT' ? `${error.message} ${detail}` : error.message });
    }
  }
  outcome.undo = undoOf(input, outcome);
  return outcome;
}

async function applyOne(viewer: Viewer, id: string, input: TBulkAction): Promise<Omit<BulkDone, 'id' | 'headline'>> {
  if (input.action === 'setSection') {
    let previousSectionId: string | null = null;
    await changeStoryFields(viewer, id, (current) => {
      previousSectionId = current.sectionId || null;
      return { sectionId: input.sectionId };
    });
    return { previousSectionId, changed: previousSectionId !== (input.sectionId || null) };
  }
  if (input.action === 'addTag' || input.action === 'removeTag') {
    const tag = await prisma.tag.findUnique({ where: { id: input.tagId }, select: { id: true, name: true, kind: true } });
    if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
    let changed = false;
    await changeStoryFields(viewer, id, (current) => {
      const has = current.tags.some((t) => t.id === tag.id);
      changed = input.action === 'addTag' ? !has : has;
      if (!changed) return {};
      return { tags: input.action === 'addTag' ? [...current.tags, tag] : current.tags.filter((t) => t.id !== tag.id) };
    });
    return { changed };
  }
  await transitionStory(viewer, { storyId: id, action: input.action });
  return { changed: true };
}

/**
 * What undoes an outcome, as bulk actions (a spike is restored, a restore spiked again,
 * each story's section put back, a tag taken off the stories it was added to); none
 * for a submission, which the workflow has no move back from.
 */
export function undoOf(input: TBulkAction, outcome: Pick<BulkOutcome, 'done'>): TBulkAction[] {
  const changed = outcome.done.filter((d) => d.changed).map((d) => d.id);
  if (!changed.length) return [];
  if (input.action === 'spike') return [{ action: 'unspike', storyIds: changed }];
  if (input.action === 'unspike') return [{ action: 'spike', storyIds: changed }];
  if (input.action === 'addTag') return [{ action: 'removeTag', storyIds: changed, tagId: input.tagId }];
  if (input.action === 'removeTag') return [{ action: 'addTag', storyIds: changed, tagId: input.tagId }];
  if (input.action === 'setSection') {
    const bySection = new Map<string, string[]>();
    for (const done of outcome.done.filter((d) => d.changed)) {
      const key = done.previousSectionId ?? '';
      bySection.set(key, [...(bySection.get(key) ?? []), done.id]);
    }
    return [...bySection].map(([sectionId, ids]) => ({ action: 'setSection', storyIds: ids, sectionId }));
  }
  return [];
}
