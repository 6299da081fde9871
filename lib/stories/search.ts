import { prisma } from '@/lib/db';

export const SEARCH_PAGE_SIZE = 20;

/**
 * Full-text search over published stories (the same visibility rule as every public
 * query), English and Russian at once, best matches first.
 */
export async function searchPublishedStories(query: string, page = 1) {
  const q = query.trim().slice(0, 200);
  if (!q) return { stories: [], hasMore: false };
  const now = new Date();
  const rows = await prisma.$queryRaw<{ storyId: string }[]>`
    SELECT p."storyId" FROM "Publication" p,
      (SELECT websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('russian', ${q}) AS query) q
    WHERE p."killedAt" IS NULL AND p."visibleAt" <= ${now} AND p.search @@ q.query
    ORDER BY ts_rank(p.search, q.query) DESC, p."visibleAt" DESC
    OFFSET ${(Math.max(1, page) - 1) * SEARCH_PAGE_SIZE} LIMIT ${SEARCH_PAGE_SIZE + 1}`;
  const ids = rows.slice(0, SEARCH_PAGE_SIZE).map((r) => r.storyId);
  const stories = await prisma.publication.findMany({
    where: { storyId: { in: ids }, killedAt: null, visibleAt: { lte: now } },
    select: { storyId: true, slug: true, headline: true, subheadline: true, priority: true, visibleAt: true, publishedAt: true, section: { select: { name: true, slug: true } } },
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  return { stories: stories.sort((a, b) => order.get(a.storyId)! - order.get(b.storyId)!), hasMore: rows.length > SEARCH_PAGE_SIZE };
}
