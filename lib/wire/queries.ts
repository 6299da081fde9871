import 'server-only';
import { z } from 'zod';
import { zLine, zQuery } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';

export const INCOMING_PAGE_SIZE = 50;

export const ZIncomingFilter = z.object({
  source: zLine(120, 'Keep the source to 120 characters.')
    .optional()
    .transform((v) => v || undefined),
  status: z
    .enum(['usable', 'withheld', 'canceled', ''])
    .optional()
    .transform((v) => v || undefined),
  q: zQuery()
    .optional()
    .transform((v) => v || undefined),
  before: z
    .string()
    .max(80)
    .optional()
    .transform((v) => v || undefined),
});
export type IncomingFilter = z.output<typeof ZIncomingFilter>;

/** Incoming wire copy, newest received first, with the draft made from each (if any). */
export async function listIncoming(viewer: Viewer, filter: Partial<IncomingFilter> = {}) {
  assertCan(viewer, 'desk.view');
  const [at, id] = (filter.before ?? '').split('|');
  const cursorDate = at ? new Date(at) : null;
  const rows = await prisma.wireItem.findMany({
    where: {
      source: filter.source,
      pubStatus: filter.status,
      ...(filter.q ? { headline: { contains: filter.q, mode: 'insensitive' } } : {}),
      ...(cursorDate && id && !Number.isNaN(cursorDate.getTime())
        ? { OR: [{ receivedAt: { lt: cursorDate } }, { receivedAt: cursorDate, id: { lt: id } }] }
        : {}),
    },
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: INCOMING_PAGE_SIZE + 1,
    select: {
      id: true,
      source: true,
      guid: true,
      version: true,
      headline: true,
      urgency: true,
      pubStatus: true,
      receivedAt: true,
      language: true,
      killedAt: true,
      signals: true,
      flags: true,
      story: { select: { id: true, wireVersion: true, status: true } },
    },
  });
  const page = rows.slice(0, INCOMING_PAGE_SIZE);
  const last = page.at(-1);
  return { items: page, next: rows.length > INCOMING_PAGE_SIZE && last ? `${last.receivedAt.toISOString()}|${last.id}` : null };
}

export async function listSources(viewer: Viewer) {
  assertCan(viewer, 'desk.view');
  return (await prisma.wireItem.groupBy({ by: ['source'], orderBy: { source: 'asc' } })).map((r) => r.source);
}

/** One wire item with the draft made from it and its resolved tags. */
export async function getWireItem(viewer: Viewer, id: string) {
  assertCan(viewer, 'desk.view');
  const item = await prisma.wireItem.findUnique({ where: { id }, include: { story: { select: { id: true, headline: true, wireVersion: true } } } });
  if (!item) return null;
  const tags = await prisma.tag.findMany({ where: { id: { in: item.tagIds } }, select: { id: true, name: true, kind: true } });
  return { ...item, tags };
}

/** For a story made from wire copy: its source, and whether a newer version or a kill arrived since. */
export async function wireStatusOfStory(viewer: Viewer, storyId: string) {
  assertCan(viewer, 'desk.view');
  const story = await prisma.story.findUnique({ where: { id: storyId }, select: { wireVersion: true, wireItem: true } });
  if (!story?.wireItem) return null;
  const item = story.wireItem;
  const previous = item.previous as { version: number; headline: string; subheadline: string; bodyText: string } | null;
  return { item, usedVersion: story.wireVersion ?? item.version, newer: item.version > (story.wireVersion ?? item.version), killed: !!item.killedAt, previous };
}
