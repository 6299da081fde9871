import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { STORY_STATUSES, type StoryStatus, type Priority } from '@/lib/enums';
import { findTagForFilter } from '@/lib/tags/queries';
import { needsTranslationSql } from './languages';
import { parseDeskFilter } from './desk-filter';
import { distinctReadings, tagsNamedBy, tsquerySql } from './search-query';

export type DeskFilter = {
  status?: StoryStatus;
  mine?: boolean;
  sectionId?: string;
  priority?: Priority;
  authorId?: string;
  tagId?: string;
  /** Last changed at or after `from` and before `before` (the starts of newsroom days: `to` is read as the day after it begins). */
  from?: Date;
  before?: Date;
  /** Full-text query over headline, subheadline and body, in every indexed language. */
  q?: string;
  sort?: 'updated' | 'created' | 'headline';
  /** Published in one of the newsroom's languages and not yet in another. */
  needs?: 'translation';
};

export const DESK_PAGE_SIZE = 50;

/** The desk's filters from an address (the list's, or a saved view's), the tag box read as the tag it names. */
export async function resolveDeskFilter(viewer: Viewer, params: Record<string, string | string[] | undefined>) {
  const { cursor, ...filter } = parseDeskFilter(params);
  const tagName = typeof params.tag === 'string' ? params.tag.trim().slice(0, 120) : '';
  const tag = tagName ? await findTagForFilter(viewer, tagName) : null;
  if (tagName) filter.tagId = tag?.id ?? 'no-such-tag';
  return { filter, cursor, tagName, tag };
}

const ORDER = {
  updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  created: [{ createdAt: 'desc' }, { id: 'desc' }],
  headline: [{ headline: 'asc' }, { id: 'asc' }],
} as const;

/** How many matches a search considers: the most recently changed ones. */
export const SEARCH_WINDOW = 200;
/** The most stories a newest-first walk reads before the index takes over. */
const WALK_LIMIT = 6_000;
/**
 * A query PostgreSQL expects in at least this share of stories is searched by walking
 * them newest first: the share at which the window fills within the walk's limit.
 * Below it the GIN index is cheaper (at a million stories, about 60 ms either way at the
 * crossing, a few ms away from it).
 */
const COMMON_SHARE = SEARCH_WINDOW / WALK_LIMIT;

type Match = { id: string; rank: number; updatedAt: Date };

/**
 * The most recently changed stories matching a query and the filters, with their rank:
 * its full-text matches (search-query.ts, the public search's own readings) and the
 * stories tagged with a tag the query names, as the public search finds them.
 */
async function searchStories(q: string, filters: Prisma.Sql[]): Promise<Match[]> {
  const [text, tagged] = await Promise.all([textMatches(q, filters), taggedMatches(q, filters)]);
  const best = new Map<string, Match>();
  for (const match of [...text, ...tagged]) {
    const seen = best.get(match.id);
    if (!seen || seen.rank < match.rank) best.set(match.id, match);
  }
  return [...best.values()].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()).slice(0, SEARCH_WINDOW);
}

/** A match by a tag the query names ranks below any full-text match, as on the public search. */
const TAG_RANK = 0.1;

/** The most recently changed stories (under the filters) tagged with a tag the query names. */
async function taggedMatches(q: string, filters: Prisma.Sql[]): Promise<Match[]> {
  const tagIds = await tagsNamedBy(q);
  if (!tagIds.length) return [];
  return prisma.$queryRaw<Match[]>`
    SELECT s.id, ${TAG_RANK}::real AS rank, s."updatedAt" FROM "Story" s
    WHERE ${Prisma.join([Prisma.sql`EXISTS (SELECT 1 FROM "StoryTag" nt WHERE nt."storyId" = s.id AND nt."tagId" = ANY(${tagIds}))`, ...filters], ' AND ')}
    ORDER BY s."updatedAt" DESC LIMIT ${SEARCH_WINDOW}`;
}

/**
 * The most recently changed full-text matches, with their rank. News is searched for
 * what is current. A common word is found soonest by walking stories newest first and
 * stopping after SEARCH_WINDOW matches (its GIN posting list alone would cost more than
 * the walk); a rarer one by the GIN index. Which is which comes from PostgreSQL's own
 * estimate (its statistics of the lexemes: a plan, no rows read), and a walk that finds
 * too few within WALK_LIMIT stories hands over to the index, so a wrong estimate costs
 * a bounded walk, never a scan of every story.
 */
async function textMatches(q: string, filters: Prisma.Sql[]): Promise<Match[]> {
  const filtered = filters.length ? Prisma.sql`WHERE ${Prisma.join(filters, ' AND ')}` : Prisma.empty;
  const { text, stories } = await distinctReadings(q);
  if (!text) return []; // only stop words
  const query = tsquerySql(text, 't');
  if ((await expectedMatches(query)) / stories >= COMMON_SHARE) {
    const walked = await prisma.$queryRaw<Match[]>`
      SELECT s.id, ts_rank(s.search, t.query) AS rank, s."updatedAt"
      FROM (SELECT s.id, s."updatedAt", s.search FROM "Story" s ${filtered} ORDER BY s."updatedAt" DESC LIMIT ${WALK_LIMIT}) s, ${query}
      WHERE s.search @@ t.query
      ORDER BY s."updatedAt" DESC
      LIMIT ${SEARCH_WINDOW}`;
    if (walked.length >= SEARCH_WINDOW) return walked;
    // Fewer matches than the window: complete if the walk saw every story the filters allow.
    const [seen] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Story" s ${filtered} LIMIT ${WALK_LIMIT}) w`;
    if ((seen?.n ?? 0) < WALK_LIMIT) return walked;
  }
  return prisma.$queryRaw<Match[]>`
    WITH m AS MATERIALIZED (
      SELECT s.id, s."updatedAt", ts_rank(s.search, t.query) AS rank FROM "Story" s, ${query}
      WHERE ${Prisma.join([Prisma.sql`s.search @@ t.query`, ...filters], ' AND ')})
    SELECT id, rank, "updatedAt" FROM m ORDER BY "updatedAt" DESC LIMIT ${SEARCH_WINDOW}`;
}

/** How many stories PostgreSQL expects a full-text query to match, from its plan (nothing is read). */
async function expectedMatches(query: Prisma.Sql): Promise<number> {
  const [plan] = await prisma.$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Story" s, ${query} WHERE s.search @@ t.query`;
  return plan?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
}

/** The filters as a Prisma condition (everything but the full-text query). */
function deskWhere(viewer: Viewer, filter: DeskFilter): Prisma.StoryWhereInput {
  return {
    // Spiked stories are set aside: only their own tab lists them.
    status: filter.status ?? { not: 'SPIKED' },
    authorId: filter.mine ? viewer.id : filter.authorId,
    sectionId: filter.sectionId,
    priority: filter.priority,
    ...(filter.tagId ? { tags: { some: { tagId: filter.tagId } } } : {}),
    ...(filter.from || filter.before ? { updatedAt: { gte: filter.from, lt: filter.before } } : {}),
  };
}

/** The filters that narrow the desk besides status and "Needs translation", as SQL conditions on the story `s`. */
function narrowingSql(viewer: Viewer, filter: DeskFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  const authorId = filter.mine ? viewer.id : filter.authorId;
  if (authorId) conditions.push(Prisma.sql`s."authorId" = ${authorId}`);
  if (filter.sectionId) conditions.push(Prisma.sql`s."sectionId" = ${filter.sectionId}`);
  if (filter.priority) conditions.push(Prisma.sql`s.priority = ${filter.priority}::"Priority"`);
  if (filter.tagId) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StoryTag" st WHERE st."storyId" = s.id AND st."tagId" = ${filter.tagId})`);
  if (filter.from) conditions.push(Prisma.sql`s."updatedAt" >= ${filter.from}`);
  if (filter.before) conditions.push(Prisma.sql`s."updatedAt" < ${filter.before}`);
  return conditions;
}

/**
 * Every filter as SQL conditions on the story `s`: the path of "Needs translation", whose
 * test of the story's family Prisma's relation filters would plan as a scan of every
 * translation (languages.ts). `anyStatus` leaves the status out altogether (spiked
 * stories included), for counting each status in one pass.
 */
function deskConditions(viewer: Viewer, filter: DeskFilter, { anyStatus = false } = {}): Prisma.Sql[] {
  const status = filter.status ? Prisma.sql`s.status = ${filter.status}::"StoryStatus"` : Prisma.sql`s.status <> 'SPIKED'::"StoryStatus"`;
  return [...(anyStatus ? [] : [status]), ...narrowingSql(viewer, filter), ...(filter.needs === 'translation' ? [needsTranslationSql()] : [])];
}

/** Each sort in SQL, and the stories after a cursor story in it (the same orders as ORDER). */
const SQL_ORDER = {
  updated: {
    by: Prisma.sql`s."updatedAt" DESC, s.id DESC`,
    after: (id: string) => Prisma.sql`(s."updatedAt", s.id) < (SELECT c."updatedAt", c.id FROM "Story" c WHERE c.id = ${id})`,
  },
  created: {
    by: Prisma.sql`s."createdAt" DESC, s.id DESC`,
    after: (id: string) => Prisma.sql`(s."createdAt", s.id) < (SELECT c."createdAt", c.id FROM "Story" c WHERE c.id = ${id})`,
  },
  headline: {
    by: Prisma.sql`s.headline ASC, s.id ASC`,
    after: (id: string) => Prisma.sql`(s.headline, s.id) > (SELECT c.headline, c.id FROM "Story" c WHERE c.id = ${id})`,
  },
} as const;

/** A page of story ids under the filters in SQL, in the filter's sort, after the cursor story. */
async function sqlPageIds(viewer: Viewer, filter: DeskFilter, cursor: string | undefined, limit: number): Promise<string[]> {
  const order = SQL_ORDER[filter.sort ?? 'updated'];
  const conditions = [...deskConditions(viewer, filter), ...(cursor ? [order.after(cursor)] : [])];
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Story" s WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY ${order.by} LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/**
 * Counts under "Needs translation" stop lower: each story counted probes its family, and
 * a translator's backlog reads as well at "1,000+" as at a true ten thousand.
 */
export const NEEDS_COUNT_CAP = 1_000;

/**
 * How many stories the filters in SQL match in each status (any status when the filter
 * names none: spiked stories included, which the caller leaves out of "all"), counting the
 * `cap` + 1 most recently changed matches in one pass (walking the stories newest first,
 * as the list does, keeps the plan from scanning publications); past the cap each number
 * is a lower bound.
 */
async function sqlCountsByStatus(viewer: Viewer, filter: DeskFilter, cap: number) {
  const conditions = deskConditions(viewer, filter, { anyStatus: !filter.status });
  const rows = await prisma.$queryRaw<{ status: StoryStatus; n: number }[]>`
    SELECT status, count(*)::int AS n FROM (SELECT s.status FROM "Story" s WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY s."updatedAt" DESC LIMIT ${cap + 1}) c GROUP BY status`;
  const total = rows.reduce((sum, row) => sum + row.n, 0);
  return { byStatus: new Map(rows.map((row) => [row.status, Math.min(row.n, cap)])), capped: total > cap };
}

/** Desk rows for ids, in the ids' order. */
async function rowsInOrder(ids: string[]) {
  const found = new Map((await prisma.story.findMany({ where: { id: { in: ids } }, select: DESK_ROW })).map((row) => [row.id, row]));
  return ids.map((id) => found.get(id)).filter((row) => row !== undefined);
}

/** Counts above this are shown as "10,000+": counting a million rows for a tab is not worth the wait. */
export const COUNT_CAP = 10_000;

export type StatusCounts = { byStatus: Partial<Record<StoryStatus, number>>; all: number; capped: boolean };

const DESK_ROW = {
  id: true,
  slug: true,
  headline: true,
  status: true,
  priority: true,
  updatedAt: true,
  section: { select: { name: true } },
  author: { select: { name: true } },
  publication: { select: { killedAt: true, updateNumber: true } },
  translationOf: { select: { status: true } },
  translationRoot: { select: { id: true, status: true } },
} as const;

/** A status filter as a condition: one status, or everything but the spiked (which only their own tab lists). */
const inStatus = (status: StoryStatus | undefined) => (status ? (s: StoryStatus) => s === status : (s: StoryStatus) => s !== 'SPIKED');

/** Whether anything but the status tab narrows the list (then the triggers' counters do not answer). */
function narrowed(filter: DeskFilter) {
  const { status: _status, sort: _sort, ...rest } = filter;
  return Object.values(rest).some((v) => v !== undefined && v !== false && v !== '');
}

/**
 * The search window of a full-text query under the filters (whatever the status), best
 * match first: the desk's list and its tab counts both read it, so a page runs it once.
 */
export async function searchDesk(viewer: Viewer, filter: DeskFilter) {
  assertCan(viewer, 'desk.view');
  const q = filter.q?.trim().slice(0, 200) ?? '';
  const matches = await searchStories(q, narrowingSql(viewer, filter));
  const rank = new Map(matches.map((m) => [m.id, m.rank]));
  const ids = matches.map((m) => m.id);
  const needing =
    filter.needs === 'translation' && ids.length
      ? (await prisma.$queryRaw<{ id: string }[]>`SELECT s.id FROM "Story" s WHERE s.id = ANY(${ids}) AND ${needsTranslationSql()}`).map((row) => row.id)
      : ids;
  const rows = await prisma.story.findMany({ where: { id: { in: needing } }, select: DESK_ROW });
  rows.sort((a, b) => rank.get(b.id)! - rank.get(a.id)! || b.updatedAt.getTime() - a.updatedAt.getTime());
  return { rows, full: matches.length >= SEARCH_WINDOW };
}
type DeskSearch = Awaited<ReturnType<typeof searchDesk>>;

/**
 * How many stories match the filters in each status (the desk's tabs). Without filters
 * the triggers' counters answer at once; with filters each status is counted up to
 * COUNT_CAP; with a search query, within the search's window (`found`, when the page has it).
 */
export async function countDeskStories(viewer: Viewer, filter: DeskFilter, found?: DeskSearch): Promise<StatusCounts> {
  assertCan(viewer, 'desk.view');
  const notSpiked = inStatus(undefined);
  if (filter.q?.trim()) {
    const { rows, full } = found ?? (await searchDesk(viewer, filter));
    const byStatus: Partial<Record<StoryStatus, number>> = {};
    for (const row of rows) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    return { byStatus, all: rows.filter((row) => notSpiked(row.status)).length, capped: full };
  }
  if (!narrowed(filter)) {
    const byStatus = await countStoriesByStatus(viewer);
    return { byStatus, all: Object.entries(byStatus).reduce((sum, [status, n]) => (notSpiked(status as StoryStatus) ? sum + n : sum), 0), capped: false };
  }
  if (filter.needs) {
    const { byStatus, capped } = await sqlCountsByStatus(viewer, { ...filter, status: undefined }, NEEDS_COUNT_CAP);
    const all = [...byStatus].reduce((sum, [status, n]) => (notSpiked(status) ? sum + n : sum), 0);
    return { byStatus: Object.fromEntries(byStatus), all: Math.min(all, NEEDS_COUNT_CAP), capped };
  }
  const where = deskWhere(viewer, { ...filter, status: undefined });
  const counts = await Promise.all(STORY_STATUSES.map((status) => prisma.story.count({ where: { ...where, status }, take: COUNT_CAP + 1 })));
  const byStatus = Object.fromEntries(STORY_STATUSES.map((status, i) => [status, Math.min(counts[i]!, COUNT_CAP)]).filter(([, n]) => (n as number) > 0));
  const all = STORY_STATUSES.reduce((sum, status, i) => (notSpiked(status) ? sum + Math.min(counts[i]!, COUNT_CAP) : sum), 0);
  return { byStatus, all, capped: counts.some((n) => n > COUNT_CAP) };
}

/** How many stories one saved view shows now: one count (capped), not one per status. */
export async function countDeskView(viewer: Viewer, filter: DeskFilter): Promise<{ count: number; capped: boolean }> {
  assertCan(viewer, 'desk.view');
  if (filter.q?.trim()) {
    const { rows, full } = await searchDesk(viewer, filter);
    return { count: rows.filter((row) => inStatus(filter.status)(row.status)).length, capped: full };
  }
  if (!narrowed(filter)) {
    const byStatus = await countStoriesByStatus(viewer);
    const count = Object.entries(byStatus).reduce((sum, [status, n]) => (inStatus(filter.status)(status as StoryStatus) ? sum + n : sum), 0);
    return { count, capped: false };
  }
  if (filter.needs) {
    const { byStatus, capped } = await sqlCountsByStatus(viewer, filter, NEEDS_COUNT_CAP);
    const count = [...byStatus].reduce((sum, [status, n]) => (inStatus(filter.status)(status) ? sum + n : sum), 0);
    return { count: Math.min(count, NEEDS_COUNT_CAP), capped };
  }
  const count = await prisma.story.count({ where: deskWhere(viewer, filter), take: COUNT_CAP + 1 });
  return { count: Math.min(count, COUNT_CAP), capped: count > COUNT_CAP };
}

/**
 * Stories on the desk, filtered and sorted, a page at a time (cursor: the last id
 * of the previous page). With a search query, the best matches in the search window
 * come first (`found`: the window the page already read).
 */
export async function listDeskStories(viewer: Viewer, filter: DeskFilter = {}, options: { cursor?: string; take?: number; found?: DeskSearch } = {}) {
  assertCan(viewer, 'desk.view');
  const take = options.take ?? DESK_PAGE_SIZE;
  if (filter.q?.trim()) {
    const { rows } = options.found ?? (await searchDesk(viewer, filter));
    return { stories: rows.filter((row) => inStatus(filter.status)(row.status)).slice(0, take), nextCursor: null };
  }
  const tagWalk = filter.tagId && !filter.needs && (filter.sort ?? 'updated') === 'updated';
  if (tagWalk || filter.needs) {
    const ids = tagWalk
      ? await tagPageIds(viewer, filter as DeskFilter & { tagId: string }, options.cursor, take + 1)
      : await sqlPageIds(viewer, filter, options.cursor, take + 1);
    const rows = await rowsInOrder(ids);
    return { stories: rows.slice(0, take), nextCursor: rows.length > take ? rows[take - 1]!.id : null };
  }
  const rows = await prisma.story.findMany({
    where: deskWhere(viewer, filter),
    orderBy: [...ORDER[filter.sort ?? 'updated']],
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    take: take + 1,
    select: DESK_ROW,
  });
  return { stories: rows.slice(0, take), nextCursor: rows.length > take ? rows[take - 1]!.id : null };
}

/**
 * A page of one tag's stories, newest change first, from the StoryTag index on
 * (tagId, storyUpdatedAt, storyId): a popular tag costs what a rare one does. The other
 * filters are checked on each story as the index is walked; the cursor is the last
 * story of the previous page.
 */
async function tagPageIds(viewer: Viewer, filter: DeskFilter & { tagId: string }, cursor: string | undefined, limit: number): Promise<string[]> {
  const conditions = [Prisma.sql`st."tagId" = ${filter.tagId}`];
  conditions.push(filter.status ? Prisma.sql`s.status = ${filter.status}::"StoryStatus"` : Prisma.sql`s.status <> 'SPIKED'::"StoryStatus"`);
  const authorId = filter.mine ? viewer.id : filter.authorId;
  if (authorId) conditions.push(Prisma.sql`s."authorId" = ${authorId}`);
  if (filter.sectionId) conditions.push(Prisma.sql`s."sectionId" = ${filter.sectionId}`);
  if (filter.priority) conditions.push(Prisma.sql`s.priority = ${filter.priority}::"Priority"`);
  if (filter.from) conditions.push(Prisma.sql`st."storyUpdatedAt" >= ${filter.from}`);
  if (filter.before) conditions.push(Prisma.sql`st."storyUpdatedAt" < ${filter.before}`);
  if (cursor) {
    conditions.push(Prisma.sql`(st."storyUpdatedAt", st."storyId") < (SELECT c."updatedAt", c.id FROM "Story" c WHERE c.id = ${cursor})`);
  }
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT st."storyId" AS id FROM "StoryTag" st JOIN "Story" s ON s.id = st."storyId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY st."storyUpdatedAt" DESC, st."storyId" DESC
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** Words in each story's body (for the desk list), counted by PostgreSQL so the text never leaves it. */
export async function wordCounts(ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await prisma.$queryRaw<{ id: string; words: number }[]>`
    SELECT id, CASE WHEN btrim("bodyText") = '' THEN 0 ELSE cardinality(regexp_split_to_array(btrim("bodyText"), '\\s+')) END::int AS words
    FROM "Story" WHERE id = ANY(${ids})`;
  return new Map(rows.map((r) => [r.id, r.words]));
}

/** People who have written stories, for the author filter. */
export function listAuthors(viewer: Viewer) {
  assertCan(viewer, 'desk.view');
  return prisma.user.findMany({ where: { stories: { some: {} } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** How many stories are in each status, for the desk's filter tabs (kept by triggers: no counting). */
export async function countStoriesByStatus(viewer: Viewer): Promise<Partial<Record<StoryStatus, number>>> {
  assertCan(viewer, 'desk.view');
  const rows = await prisma.storyStatusCount.findMany();
  return Object.fromEntries(rows.filter((row) => row.count > 0n).map((row) => [row.status, Number(row.count)]));
}

export const REVIEW_QUEUE_SIZE = 200;

/** Stories waiting for review: FLASH, then URGENT, then the rest; oldest submission first (the first 200). */
export async function listReviewQueue(viewer: Viewer) {
  assertCan(viewer, 'desk.view');
  return prisma.story.findMany({
    where: { status: 'IN_REVIEW' },
    take: REVIEW_QUEUE_SIZE,
    orderBy: [{ priority: 'asc' }, { submittedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      headline: true,
      priority: true,
      submittedAt: true,
      author: { select: { name: true } },
      section: { select: { name: true } },
      publication: { select: { storyId: true } },
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

/** FLASH stories sent for review since a moment (the reviewers' cue on the desk), newest first. */
export async function flashesInReviewSince(viewer: Viewer, since: Date) {
  assertCan(viewer, 'story.review');
  return prisma.story.findMany({
    where: { status: 'IN_REVIEW', priority: 'FLASH', submittedAt: { gt: since } },
    orderBy: { submittedAt: 'desc' },
    take: 5,
    select: { id: true, headline: true, submittedAt: true, author: { select: { name: true } } },
  });
}

/**
 * Why a story was sent back, while it waits for its editor (status Changes requested):
 * the reviewer's note, who wrote it and when. Null once the story has moved on.
 */
export async function sendBackNote(viewer: Viewer, story: { id: string; status: StoryStatus }) {
  assertCan(viewer, 'desk.view');
  if (story.status !== 'CHANGES_REQUESTED') return null;
  return prisma.auditEvent.findFirst({
    where: { storyId: story.id, action: 'story.requestChanges' },
    orderBy: { createdAt: 'desc' },
    select: { note: true, createdAt: true, actor: { select: { name: true } } },
  });
}
