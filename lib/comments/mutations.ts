import 'server-only';
import { z } from 'zod';
import { ZId, zMultiline } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { readDoc } from '@/lib/content/document';
import { notify } from '@/lib/notifications/notify';
import { SUGGESTION_ID } from '@/lib/suggestions/ids';
import { locateAnchor, ZTextAnchor } from './anchor';
import { flattenDoc } from './flat-text';

const ZText = zMultiline(4000, 'Keep a comment to 4000 characters.').min(1, 'Write a comment.');

/** A comment is general, anchored to a phrase, or the start of a thread on a suggestion (by its id). */
export const ZAddComment = z.object({
  storyId: ZId,
  text: ZText,
  anchor: ZTextAnchor.nullish(),
  suggestionId: z.string().regex(SUGGESTION_ID, 'That is not a suggestion.').nullish(),
});
export const ZReply = z.object({ commentId: ZId, text: ZText });
export const ZResolve = z.object({ commentId: ZId, resolved: z.boolean() });

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * A comment on a story: general, or anchored to a phrase of the saved text (refused
 * when the phrase is not in it, e.g. typed but not saved yet). The author hears of
 * comments made by others.
 */
export async function addComment(viewer: Viewer, input: z.output<typeof ZAddComment>) {
  assertCan(viewer, 'comment.create');
  return prisma.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: input.storyId }, select: { id: true, body: true, headline: true, authorId: true } });
    if (!story) throw new AppError('NOT_FOUND', 'This story no longer exists.');
    if (input.anchor && !locateAnchor(flattenDoc(readDoc(story.body)).text, input.anchor)) {
      throw new AppError('INVALID_INPUT', 'The selected text is not in the saved story. Save, then comment again.', { anchor: ['Not in the saved text.'] });
    }
    const comment = await tx.reviewComment.create({
      data: {
        storyId: story.id,
        authorId: viewer.id,
        text: input.text,
        anchor: input.suggestionId ? { suggestionId: input.suggestionId } : (input.anchor ?? undefined),
      },
    });
    if (story.authorId !== viewer.id) {
      await notify(tx, {
        userId: story.authorId,
        storyId: story.id,
        kind: 'comment',
        message: `${viewer.name} commented on “${story.headline || 'Untitled story'}”: ${excerpt(input.text)}`,
      });
    }
    return { id: comment.id };
  });
}

/** An answer in a thread; replies hang off the thread's first comment. */
export async function replyToComment(viewer: Viewer, input: z.output<typeof ZReply>) {
  assertCan(viewer, 'comment.create');
  return prisma.$transaction(async (tx) => {
    const parent = await tx.reviewComment.findUnique({ where: { id: input.commentId }, include: { story: { select: { headline: true } } } });
    if (!parent) throw new AppError('NOT_FOUND', 'That comment no longer exists.');
    const rootId = parent.parentId ?? parent.id;
    const reply = await tx.reviewComment.create({ data: { storyId: parent.storyId, authorId: viewer.id, parentId: rootId, text: input.text } });
    if (parent.authorId !== viewer.id) {
      await notify(tx, {
        userId: parent.authorId,
        storyId: parent.storyId,
        kind: 'comment',
        message: `${viewer.name} replied on “${parent.story.headline || 'Untitled story'}”: ${excerpt(input.text)}`,
      });
    }
    return { id: reply.id, storyId: parent.storyId };
  });
}

/** Resolves or reopens a thread. */
export async function setCommentResolved(viewer: Viewer, input: z.output<typeof ZResolve>) {
  assertCan(viewer, 'comment.resolve');
  const comment = await prisma.reviewComment.findUnique({ where: { id: input.commentId }, select: { id: true, parentId: true, storyId: true } });
  if (!comment || comment.parentId) throw new AppError('NOT_FOUND', 'That comment thread no longer exists.');
  await prisma.reviewComment.update({
    where: { id: comment.id },
    data: input.resolved ? { resolvedAt: new Date(), resolvedById: viewer.id } : { resolvedAt: null, resolvedById: null },
  });
  return { storyId: comment.storyId };
}
