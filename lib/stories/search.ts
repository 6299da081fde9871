import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Semaphore } from '@/lib/http/semaphore';
import { normalizeLine } from '@/lib/text/normalize';
import { siteStoriesSql } from './public-paths';
import { searchQuerySql, tagsNamedBy } from './search-query';
import { publicPublicationSql, publicPublicationWhere } from './visibility';

export const SEARCH_PAGE_SIZE = 20;
const RESULT_TTL_MS = 30_000;
const MAX_CACHED = 2_000;
/** The most recent stories a tag match adds to a search (a tag may be on a hundred thousand). */
const TAG_MATCHES = 1_000;

/** Full-text queries running at once; a flood of searches waits here, not in PostgreSQL. */
const searches = new Semaphore(4, 32);
/** Matching story ids per normalised query and page; visibility is checked again on every read. */
const results = new Map<string, { ids: string[]; hasMore: boolean; expires: number }>();

/** Forgets cached search results (every public change: a kill must leave search at once). */
export function forgetSearchResults() {
  results.clear();
}

/** A query as searched: one line, no controls, spaces collapsed, at most 200 characters. */
export const normalizeSearchQuery = (query: string) => normalizeLine(query).replace(/\s+/g, ' ').trim().slice(0, 200);

async function matchingIds(q: string, language: string, page: number, now: Date) {
  const key = `${language}\u0001${page}\u0001${q.toLowerCase()}`;
  const cached = results.get(key);
  if (cached && cached.expires > now.getTime()) return cached;
  const found = await searches.run(async () => {
    // A query that is a tag's name or alias in any language ("Пашинян") also finds the
    // stories with that tag, whatever language they are written in (as the desk's search does).
    const tagIds = await tagsNamedBy(q);
    const rows = await prisma.$queryRaw<{ storyId: string }[]>`
      WITH matched AS (
        SELECT p."storyId", ts_rank(p.search, q.query) AS rank, p."visibleAt" FROM "Publication" p, ${searchQuerySql(q, 'q')}
        WHERE ${publicPublicationSql('p', now)} AND ${siteStoriesSql(language, 'p')} AND p.search @@ q.query
        UNION ALL
        (SELECT p."storyId", 0.1::real AS rank, p."visibleAt" FROM "PublicationTag" pt JOIN "Publication" p ON p."storyId" = pt."storyId"
         WHERE pt."tagId" = ANY(${tagIds}) AND ${publicPublicationSql('p', now)} AND ${siteStoriesSql(language, 'p')}
         ORDER BY p."visibleAt" DESC LIMIT ${TAG_MATCHES}))
      SELECT "storyId" FROM matched GROUP BY "storyId"
      ORDER BY max(rank) DESC, max("visibleAt") DESC
      OFFSET ${(page - 1) * SEARCH_PAGE_SIZE} LIMIT ${SEARCH_PAGE_SIZE + 1}`;
    return { ids: rows.slice(0, SEARCH_PAGE_SIZE).map((r) => r.storyId), hasMore: rows.length > SEARCH_PAGE_SIZE, expires: Date.now() + RESULT_TTL_MS };
  });
  if (!found) throw new AppError('THROTTLED', 'Search is busy right now. Please try again in a few seconds.');
  if (results.size >= MAX_CACHED) results.delete(results.keys().next().value!);
  results.set(key, found);
  return found;
}

/**
 * Full-text search over published stories (the same visibility rule as every public
 * query), on one language's site (the stories it shows, matched in every indexed dictionary), best matches first. Results are kept briefly
 * per query (and forgotten on every public change); at most a few searches run at
 * once, and beyond a short queue a search is refused as busy.
 */
export async function searchPublishedStories(query: string, language: string, page = 1) {
  const q = normalizeSearchQuery(query);
  if (!q) return { stories: [], hasMore: false };
  const now = new Date();
  const { ids, hasMore } = await matchingIds(q, language, Math.max(1, Math.floor(page)), now);
  const stories = await prisma.publication.findMany({
    where: { storyId: { in: ids }, ...publicPublicationWhere(now) },
    select: {
      storyId: true,
      slug: true,
      headline: true,
      subheadline: true,
      priority: true,
      visibleAt: true,
      publishedAt: true,
      section: { select: { name: true, slug: true } },
    },
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  return { stories: stories.sort((a, b) => order.get(a.storyId)! - order.get(b.storyId)!), hasMore };
}
