import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { MAX_EVENT_DAYS, type TBudgetFilter } from './validation';
import type { BudgetLine } from './budget';

const DAY_MS = 86_400_000;
const eventListSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  timeZone: true,
  place: true,
  cancelledAt: true,
  source: true,
  _count: { select: { coverages: true } },
} satisfies Prisma.PlanningEventSelect;

/** Events that overlap [from, to), by start. An event lasts at most MAX_EVENT_DAYS, so the start index bounds the search. */
export async function listEventsBetween(viewer: Viewer, from: Date, to: Date) {
  assertCan(viewer, 'planning.view');
  return prisma.planningEvent.findMany({
    where: {
      startsAt: { gte: new Date(from.getTime() - MAX_EVENT_DAYS * DAY_MS), lt: to },
      OR: [{ startsAt: { gte: from } }, { endsAt: { gt: from } }],
    },
    orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
    take: 1000,
    select: eventListSelect,
  });
}

export const LIST_PAGE_SIZE = 50;

/** The list view: events from a moment on, by start, a page at a time (`after` is the last one's `startsAt|id`). */
export async function listEventsFrom(viewer: Viewer, from: Date, after?: string) {
  assertCan(viewer, 'planning.view');
  const [at, id] = (after ?? '').split('|');
  const cursor = at && id && !Number.isNaN(new Date(at).getTime()) ? { at: new Date(at), id } : null;
  const rows = await prisma.planningEvent.findMany({
    where: cursor
      ? { OR: [{ startsAt: { gt: cursor.at } }, { startsAt: cursor.at, id: { gt: cursor.id } }] }
      : { OR: [{ startsAt: { gte: from } }, { endsAt: { gt: from } }] },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: LIST_PAGE_SIZE + 1,
    select: { ...eventListSelect, tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true } } } } },
  });
  const page = rows.slice(0, LIST_PAGE_SIZE);
  const last = page.at(-1);
  return { events: page, next: rows.length > LIST_PAGE_SIZE && last ? `${last.startsAt.toISOString()}|${last.id}` : null };
}

const coverageSelect = {
  id: true,
  slug: true,
  headline: true,
  language: true,
  priority: true,
  status: true,
  dueAt: true,
  note: true,
  assigneeId: true,
  eventId: true,
  sectionId: true,
  section: { select: { id: true, name: true, position: true } },
  assignee: { select: { id: true, name: true } },
  event: { select: { id: true, title: true } },
  story: { select: { id: true, status: true } },
} satisfies Prisma.CoverageSelect;

/** One event with its tags, topic, the wire item it came from and its coverage (by deadline). */
export async function getEvent(viewer: Viewer, id: string) {
  assertCan(viewer, 'planning.view');
  return prisma.planningEvent.findUnique({
    where: { id },
    include: {
      topic: { select: { id: true, title: true } },
      wireItem: { select: { id: true, headline: true, source: true } },
      createdBy: { select: { name: true } },
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { id: true, name: true } } } },
      coverages: { orderBy: [{ dueAt: 'asc' }, { slug: 'asc' }], select: coverageSelect },
    },
  });
}

export async function getCoverage(viewer: Viewer, id: string) {
  assertCan(viewer, 'planning.view');
  return prisma.coverage.findUnique({ where: { id }, select: coverageSelect });
}

/** Everyone on the desk who can be given a coverage, by name. */
export async function listAssignees(viewer: Viewer) {
  assertCan(viewer, 'planning.view');
  return prisma.user.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** Events a coverage can belong to: those from a week ago on, the nearest first (and the one it has). */
export async function listEventOptions(viewer: Viewer, now: Date, include?: string | null) {
  assertCan(viewer, 'planning.view');
  return prisma.planningEvent.findMany({
    where: { OR: [{ startsAt: { gte: new Date(now.getTime() - 7 * DAY_MS) }, cancelledAt: null }, ...(include ? [{ id: include }] : [])] },
    orderBy: { startsAt: 'asc' },
    take: 300,
    select: { id: true, title: true, startsAt: true },
  });
}

type BudgetRow = {
  id: string;
  slug: string;
  headline: string;
  language: string;
  priority: string;
  status: BudgetLine['status'];
  dueAt: Date;
  note: string;
  sectionId: string | null;
  sectionName: string | null;
  sectionPosition: number | null;
  assigneeId: string | null;
  assigneeName: string | null;
  eventId: string | null;
  eventTitle: string | null;
  storyId: string | null;
  storyStatus: string | null;
};

/**
 * The budget: every coverage due in [from, to), by deadline, with the viewer's filters
 * (their own, a language, a status). Grouping by desk is `groupBudget`'s. One joined
 * query: a week can hold thousands of lines, and a query per relation cost more than
 * the rest of the page.
 */
export async function listBudget(
  viewer: Viewer,
  range: { from: Date; to: Date },
  filter: Pick<TBudgetFilter, 'mine' | 'language' | 'status'>,
): Promise<BudgetLine[]> {
  assertCan(viewer, 'planning.view');
  const where = [
    Prisma.sql`c."dueAt" >= ${range.from}`,
    Prisma.sql`c."dueAt" < ${range.to}`,
    ...(filter.mine ? [Prisma.sql`c."assigneeId" = ${viewer.id}`] : []),
    ...(filter.language ? [Prisma.sql`c.language = ${filter.language}`] : []),
    ...(filter.status ? [Prisma.sql`c.status = ${filter.status}::"CoverageStatus"`] : []),
  ];
  const rows = await prisma.$queryRaw<BudgetRow[]>`
    SELECT c.id, c.slug, c.headline, c.language, c.priority::text AS priority, c.status::text AS status, c."dueAt", c.note,
      s.id AS "sectionId", s.name AS "sectionName", s.position AS "sectionPosition", u.id AS "assigneeId", u.name AS "assigneeName",
      e.id AS "eventId", e.title AS "eventTitle", st.id AS "storyId", st.status::text AS "storyStatus"
    FROM "Coverage" c
    LEFT JOIN "Section" s ON s.id = c."sectionId"
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    LEFT JOIN "PlanningEvent" e ON e.id = c."eventId"
    LEFT JOIN "Story" st ON st.id = c."storyId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY c."dueAt", c.slug
    LIMIT 5000`;
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    language: r.language,
    priority: r.priority,
    status: r.status,
    dueAt: r.dueAt,
    note: r.note,
    section: r.sectionId ? { id: r.sectionId, name: r.sectionName!, position: r.sectionPosition! } : null,
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName! } : null,
    event: r.eventId ? { id: r.eventId, title: r.eventTitle! } : null,
    story: r.storyId ? { id: r.storyId, status: r.storyStatus! } : null,
  }));
}
