import { z } from 'zod';
import { prisma } from '@/lib/db';
import { transitionStory } from './transition';

const ZPayload = z.object({ storyId: z.string().min(1), userId: z.string().min(1) });

/**
 * The queued publication of a scheduled story. It publishes only a story still
 * scheduled and due, on behalf of the reviewer who scheduled it (their decision, even
 * if their role has changed since); anything else is a no-op, so a retry or a second
 * delivery can never publish twice.
 */
export async function publishScheduledStory(payload: unknown, now = new Date()): Promise<{ published: false } | { published: true; slug: string }> {
  const { storyId, userId } = ZPayload.parse(payload);
  const story = await prisma.story.findUnique({ where: { id: storyId }, select: { status: true, scheduledAt: true, slug: true } });
  if (!story || story.status !== 'SCHEDULED' || !story.scheduledAt || story.scheduledAt > now) return { published: false };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } });
  await transitionStory({ ...user, role: 'REVIEWER' }, { storyId, action: 'publish', note: 'Published on schedule' }, now);
  return { published: true, slug: story.slug };
}
