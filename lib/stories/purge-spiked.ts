import 'server-only';
import { prisma } from '@/lib/db';

/** The graphile-worker task that purges spiked stories once their 30 days are over. */
export const PURGE_SPIKED_TASK = 'purge-spiked-stories';
export const SPIKE_KEEP_DAYS = 30;

/**
 * Deletes stories spiked more than 30 days ago that readers never saw (with their
 * revisions, comments and history), leaving one audit event per story. A batch at a time.
 */
export async function purgeSpikedStories(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SPIKE_KEEP_DAYS * 86_400_000);
  return prisma.$transaction(async (tx) => {
    const stories = await tx.story.findMany({
      where: { status: 'SPIKED', spikedAt: { lt: cutoff }, firstPublishedAt: null, publication: null },
      select: { id: true, headline: true, spikedAt: true },
      take: 500,
    });
    if (!stories.length) return 0;
    await tx.story.deleteMany({ where: { id: { in: stories.map((s) => s.id) }, status: 'SPIKED' } });
    await tx.auditEvent.createMany({
      data: stories.map((s) => ({
        action: 'story.purge',
        note: s.headline || 'Untitled story',
        data: { storyId: s.id, spikedAt: s.spikedAt?.toISOString() ?? null },
        createdAt: now,
      })),
    });
    return stories.length;
  });
}
