import 'server-only';
import { z } from 'zod';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { AppError, isAppError } from '@/lib/errors';
import { ZId } from '@/lib/text/fields';
import { changeStoryFields } from './mutations';
import { transitionStory } from './transition';

export const BULK_MAX = 100;

/** One change applied to many stories from the desk list. */
export const ZBulkAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('setSection'), storyIds: z.array(ZId).min(1, 'Select at least one story.').max(BULK_MAX), sectionId: ZId.or(z.literal('')) }),
  z.object({ action: z.literal('addTag'), storyIds: z.array(ZId).min(1, 'Select at least one story.').max(BULK_MAX), tagId: ZId }),
  z.object({ action: z.literal('spike'), storyIds: z.array(ZId).min(1, 'Select at least one story.').max(BULK_MAX) }),
  z.object({ action: z.literal('submit'), storyIds: z.array(ZId).min(1, 'Select at least one story.').max(BULK_MAX) }),
]);
export type TBulkAction = z.output<typeof ZBulkAction>;

export type BulkOutcome = { done: { id: string; headline: string }[]; refused: { id: string; headline: string; reason: string }[] };

/**
 * Applies one action to each selected story on its own: each goes through the same
 * permission, workflow and save rules as one done by hand, so one refusal (a story
 * already published, someone else's move) never stops the rest, and says why.
 */
export async function applyBulkAction(viewer: Viewer, input: TBulkAction): Promise<BulkOutcome> {
  assertCan(viewer, 'desk.view');
  const ids = [...new Set(input.storyIds)];
  const headlines = new Map((await prisma.story.findMany({ where: { id: { in: ids } }, select: { id: true, headline: true } })).map((s) => [s.id, s.headline || 'Untitled story']));
  const outcome: BulkOutcome = { done: [], refused: [] };
  for (const id of ids) {
    const headline = headlines.get(id);
    if (!headline) {
      outcome.refused.push({ id, headline: '(deleted story)', reason: 'This story no longer exists.' });
      continue;
    }
    try {
      if (input.action === 'setSection') {
        await changeStoryFields(viewer, id, () => ({ sectionId: input.sectionId }));
      } else if (input.action === 'addTag') {
        const tag = await prisma.tag.findUnique({ where: { id: input.tagId }, select: { id: true, name: true, kind: true } });
        if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
        await changeStoryFields(viewer, id, (current) => (current.tags.some((t) => t.id === tag.id) ? {} : { tags: [...current.tags, tag] }));
      } else {
        await transitionStory(viewer, { storyId: id, action: input.action });
      }
      outcome.done.push({ id, headline });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const detail = Object.values(error.fieldErrors).flat()[0];
      outcome.refused.push({ id, headline, reason: detail && error.code === 'INVALID_INPUT' ? `${error.message} ${detail}` : error.message });
    }
  }
  return outcome;
}
