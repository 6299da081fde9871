import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import type { StoryStatus } from './workflow';

export type DeskFilter = {
  status?: StoryStatus;
  mine?: boolean;
  sectionId?: string;
  priority?: 'FLASH' | 'URGENT' | 'ROUTINE';
  authorId?: string;
  tagId?: string;
  /** Last changed on or after / before the end of these days (UTC). */
  from?: Date;
  to?: Date;
  /** Full-text query over headline, subheadline and body (English and Russian). */
  q?: string;
  sort?: 'updated' | 'created' | 'headline';
};

export const DESK_PAGE_SIZE = 50;

const ORDER = {
  updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  created: [{ createdAt: 'desc' }, { id: 'desc' }],
  headline: [{ headline: 'asc' }, { id: 'asc' }],
} as const;

/** Ids of stories whose text matches a full-text query, best first (at most 1,000). */
async function matchingStoryIds(q: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Story" s,
      (SELECT websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('russian', ${q}) AS query) t
    WHERE s.search @@ t.query
    ORDER BY ts_rank(s.search, t.query) DESC
    LIMIT 1000`;
  return rows.map((row) => row.id);
}

/**
 * Stories on the desk, filtered and sorted, a page at a time (cursor: the last id
 * of the previous page). With a search query, the best matches come first.
 */
export async function listDeskStories(viewer: Viewer, filter: DeskFilter = {}, options: { cursor?: string; take?: number } = {}) {
  assertCan(viewer, 'desk.view');
  const take = options.take ?? DESK_PAGE_SIZE;
  const q = filter.q?.trim().slice(0, 200);
  const matches = q ? await matchingStoryIds(q) : null;
  const to = filter.to ? new Date(filter.to.getTime() + 24 * 3_600_000) : undefined;
  const rows = await prisma.story.findMany({
    where: {
      status: filter.status,
      authorId: filter.mine ? viewer.id : filter.authorId,
      sectionId: filter.sectionId,
      priority: filter.priority,
      ...(filter.tagId ? { tags: { some: { tagId: filter.tagId } } } : {}),
      ...(filter.from || to ? { updatedAt: { gte: filter.from, lt: to } } : {}),
      ...(matches ? { id: { in: matches } } : {}),
    },
    orderBy: [...ORDER[filter.sort ?? 'updated']],
    ...(options.cursor && !matches ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    take: matches ? 1000 : take + 1,
    select: {
      id: true, slug: true, headline: true, status: true, priority: true, updatedAt: true,
      section: { select: { name: true } },
      author: { select: { name: true } },
      publication: { select: { killedAt: true } },
    },
  });
  if (matches) {
    const rank = new Map(matches.map((id, i) => [id, i]));
    return { stories: rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!).slice(0, take), nextCursor: null };
  }
  return { stories: rows.slice(0, take), nextCursor: rows.length > take ? rows[take - 1]!.id : null };
}

/** People who have written stories, for the author filter. */
export function listAuthors(viewer: Viewer) {
  assertCan(viewer, 'desk.view');
  return prisma.user.findMany({ where: { stories: { some: {} } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** How many stories are in each status, for the desk's filter tabs. */
export async function countStoriesByStatus(viewer: Viewer): Promise<Partial<Record<StoryStatus, number>>> {
  assertCan(viewer, 'desk.view');
  const groups = await prisma.story.groupBy({ by: ['status'], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}

/** Stories waiting for review: FLASH, then URGENT, then the rest; oldest submission first. */
export async function listReviewQueue(viewer: Viewer) {
  assertCan(viewer, 'desk.view');
  return prisma.story.findMany({
    where: { status: 'IN_REVIEW' },
    orderBy: [{ priority: 'asc' }, { submittedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true, headline: true, priority: true, submittedAt: true,
      author: { select: { name: true } }, section: { select: { name: true } }, publication: { select: { storyId: true } },
    },
  });
}

/** Everything that happened to a story, newest first. */
export async function listStoryActivity(viewer: Viewer, storyId: string) {
  assertCan(viewer, 'desk.view');
  return prisma.auditEvent.findMany({
    where: { storyId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, action: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: { select: { name: true } } },
  });
}
