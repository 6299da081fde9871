import { prisma } from '@/lib/db';
import { publicPublicationWhere } from './visibility';

export const PUBLIC_PAGE_SIZE = 20;

/** "All news": the latest published stories across sections, newest first. */
export async function listPublishedStories(options: { page?: number; take?: number } = {}) {
  const take = options.take ?? PUBLIC_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const rows = await prisma.publication.findMany({
    where: publicPublicationWhere(),
    orderBy: [{ visibleAt: 'desc' }, { storyId: 'desc' }],
    skip: (page - 1) * take,
    take: take + 1,
    select: {
      storyId: true, slug: true, headline: true, subheadline: true, priority: true, visibleAt: true, publishedAt: true,
      section: { select: { name: true, slug: true } },
    },
  });
  return { stories: rows.slice(0, take), hasMore: rows.length > take, page };
}

/** A published story for its public page, or null when readers may not see it. */
export function getPublishedStory(slug: string) {
  return prisma.publication.findFirst({
    where: { slug, ...publicPublicationWhere() },
    include: {
      section: { select: { name: true, slug: true } },
      topic: { select: { title: true, slug: true, background: true } },
      tags: { orderBy: { position: 'asc' }, include: { tag: { select: { name: true, slug: true, kind: true } } } },
    },
  });
}

/** A killed story's notice (HTTP 410), or null. */
export function getKilledStory(slug: string) {
  return prisma.publication.findFirst({
    where: { slug, killedAt: { not: null } },
    select: { headline: true, killedAt: true, killNote: true },
  });
}
