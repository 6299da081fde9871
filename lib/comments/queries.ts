import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { readDoc } from '@/lib/content/document';
import { locateAnchor, ZTextAnchor, type TextAnchor } from './anchor';
import { flattenDoc } from './flat-text';

export type CommentView = { id: string; text: string; authorName: string; createdAt: Date };
export type CommentThread = CommentView & {
  anchor: TextAnchor | null;
  /** The quoted phrase is no longer in the current text (it was rewritten or deleted). */
  detached: boolean;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  replies: CommentView[];
  /** The suggestion this thread is about (shown with it in the Suggestions list), or null. */
  suggestionId: string | null;
};

const suggestionOf = (anchor: unknown) => {
  const id = (anchor as { suggestionId?: unknown } | null)?.suggestionId;
  return typeof id === 'string' ? id : null;
};

const view = (c: { id: string; text: string; createdAt: Date; author: { name: string } }): CommentView => ({
  id: c.id,
  text: c.text,
  createdAt: c.createdAt,
  authorName: c.author.name,
});

/** A story's comment threads, oldest first, each told whether its quote is still in the text. */
export async function listCommentThreads(viewer: Viewer, storyId: string): Promise<CommentThread[]> {
  assertCan(viewer, 'desk.view');
  const [story, comments] = await Promise.all([
    prisma.story.findUnique({ where: { id: storyId }, select: { body: true } }),
    prisma.reviewComment.findMany({
      where: { storyId },
      orderBy: { createdAt: 'asc' },
      include: { author: { select: { name: true } }, resolvedBy: { select: { name: true } } },
    }),
  ]);
  if (!story) return [];
  const text = flattenDoc(readDoc(story.body)).text;
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) {
    if (comment.parentId) continue;
    const anchor = comment.anchor ? (ZTextAnchor.safeParse(comment.anchor).data ?? null) : null;
    threads.set(comment.id, {
      ...view(comment),
      anchor,
      detached: !!anchor && !locateAnchor(text, anchor),
      resolvedAt: comment.resolvedAt,
      resolvedByName: comment.resolvedBy?.name ?? null,
      replies: [],
      suggestionId: suggestionOf(comment.anchor),
    });
  }
  for (const comment of comments) if (comment.parentId) threads.get(comment.parentId)?.replies.push(view(comment));
  return [...threads.values()];
}
