import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { siteStoriesWhere } from '@/lib/stories/public-paths';
import { isPubliclyVisible, publicPublicationWhere } from '@/lib/stories/visibility';
import type { PublicEntry } from './render';

/** What a reader (or a partner's copy) gets of a published entry. */
export const PUBLIC_ENTRY = {
  id: true,
  body: true,
  bodyText: true,
  keyEvent: true,
  pinned: true,
  correctionNote: true,
  publishedAt: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

/** How many entries a live page carries (the newest; older ones stay in the feed and API). */
export const LIVE_PAGE_ENTRIES = 200;

type Row = Omit<PublicEntry, 'publishedAt'> & { publishedAt: Date | null };
const published = (rows: Row[]) => rows.filter((row): row is PublicEntry => row.publishedAt !== null);

/** A live story's published entries, newest first, pinned ones on top. */
export async function listPublicEntries(storyId: string, take = LIVE_PAGE_ENTRIES): Promise<PublicEntry[]> {
  const rows = await prisma.liveEntry.findMany({
    where: { storyId, status: 'PUBLISHED' },
    orderBy: [{ pinned: 'desc' }, { publishedAt: 'desc' }],
    take,
    select: PUBLIC_ENTRY,
  });
  return published(rows);
}

/**
 * A live page's entries and its cursor: a moment just before they were read, from which
 * the page's script asks for changes (so nothing between the read and the connection is missed).
 */
export async function liveCoverageForPage(storyId: string) {
  const cursor = Date.now() - 1_000;
  return { cursor, entries: await listPublicEntries(storyId) };
}

/** Where a reader's live stream starts: the public, live story of this slug. */
export function liveStoryForReaders(slug: string) {
  return prisma.publication.findFirst({
    where: { slug, liveCoverage: true, ...publicPublicationWhere() },
    select: { storyId: true, slug: true, liveEndedAt: true, language: true },
  });
}

/** What changed on a live story since a reader's page was made: entries to show (again) and entries to take away. */
export async function entryChangesSince(storyId: string, since: Date) {
  const rows = await prisma.liveEntry.findMany({
    where: { storyId, updatedAt: { gt: since }, status: { in: ['PUBLISHED', 'DELETED'] }, publishedAt: { not: null } },
    orderBy: { updatedAt: 'asc' },
    take: LIVE_PAGE_ENTRIES,
    select: { ...PUBLIC_ENTRY, status: true },
  });
  return {
    shown: published(rows.filter((row) => row.status === 'PUBLISHED')),
    removed: rows.filter((row) => row.status === 'DELETED').map((row) => ({ id: row.id, updatedAt: row.updatedAt })),
  };
}

/** One entry as it now stands for readers (null when it is not public). */
export async function publicEntry(entryId: string) {
  const row = await prisma.liveEntry.findUnique({
    where: { id: entryId },
    select: {
      ...PUBLIC_ENTRY,
      status: true,
      story: { select: { publication: { select: { killedAt: true, visibleAt: true, liveCoverage: true, language: true } } } },
    },
  });
  if (!row) return null;
  const publication = row.story.publication;
  const visible = !!publication && publication.liveCoverage && isPubliclyVisible(publication);
  return {
    entry: row.status === 'PUBLISHED' && row.publishedAt ? (row as PublicEntry) : null,
    removed: row.status === 'DELETED',
    visible,
    language: publication?.language ?? '',
    updatedAt: row.updatedAt,
  };
}

/**
 * The FLASH a site's readers are shown a "Breaking news" banner for: one of that site's
 * stories (a Russian flash on the Russian site), published within the configured
 * minutes, still public.
 */
export async function currentBreaking(site: string, now = new Date()) {
  const minutes = env().NEWSROOM_BREAKING_BANNER_MINUTES;
  if (!minutes) return null;
  const since = new Date(now.getTime() - minutes * 60_000);
  const flash = await prisma.publication.findFirst({
    where: { priority: 'FLASH', firstPublishedAt: { gte: since }, AND: [publicPublicationWhere(now), siteStoriesWhere(site)] },
    orderBy: { firstPublishedAt: 'desc' },
    select: { storyId: true, slug: true, language: true, headline: true, firstPublishedAt: true },
  });
  return flash ? { ...flash, until: new Date(flash.firstPublishedAt.getTime() + minutes * 60_000) } : null;
}

/** The desk's view of a live story's entries: pending ones (for review), published and deleted, newest first. */
export function listDeskEntries(storyId: string) {
  return prisma.liveEntry.findMany({
    where: { storyId },
    orderBy: { createdAt: 'desc' },
    take: 300,
    select: {
      id: true,
      body: true,
      bodyText: true,
      status: true,
      keyEvent: true,
      pinned: true,
      correctionNote: true,
      deleteNote: true,
      createdAt: true,
      publishedAt: true,
      author: { select: { id: true, name: true } },
      publishedBy: { select: { name: true } },
    },
  });
}
