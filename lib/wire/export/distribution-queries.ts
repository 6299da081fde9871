import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { LIVE_PAGE_ENTRIES, PUBLIC_ENTRY } from '@/lib/live/queries';
import { publishedFamilies, siblingsIn, type PublishedSibling } from '@/lib/stories/translation-family';
import { isPubliclyVisible, publicPublicationWhere } from '@/lib/stories/visibility';

export const API_PAGE_SIZE = 50;

const include = {
  tags: { orderBy: { position: 'asc' }, include: { tag: { select: { kind: true, name: true, code: true, slug: true } } } },
  section: { select: { name: true, slug: true } },
  // A live story carries its published entries (the newest; the page shows as many).
  story: {
    select: {
      translationRootId: true,
      translationOfId: true,
      liveEntries: {
        where: { status: 'PUBLISHED' },
        orderBy: { publishedAt: 'desc' },
        take: LIVE_PAGE_ENTRIES,
        select: PUBLIC_ENTRY,
      },
    },
  },
} satisfies Prisma.PublicationInclude;

type PublicationRow = Prisma.PublicationGetPayload<{ include: typeof include }>;

/** A published story of the same family of translations, as a subscriber may be told of it. */
export type DistributedSibling = PublishedSibling & {
  /** Under embargo until then, or null when readers may see it (only a subscriber is told of a held sibling, with the time). */
  heldUntil: Date | null;
};

export type DistributedPublication = PublicationRow & { siblings: DistributedSibling[] };

/**
 * Each publication with the other published stories of its family of translations, as the
 * caller may see them (a reader never learns of an embargoed or killed one).
 */
async function withSiblings(rows: PublicationRow[], subscriber: boolean, now: Date): Promise<DistributedPublication[]> {
  const families = await publishedFamilies(
    rows.flatMap((r) => (r.story.translationRootId ? [r.story.translationRootId] : [])),
    distributable(subscriber, now),
  );
  return rows.map((row) => ({
    ...row,
    siblings: siblingsIn(families, { storyId: row.storyId, ...row.story }).map((s) => ({
      ...s,
      heldUntil: isPubliclyVisible({ killedAt: null, visibleAt: s.visibleAt }, now) ? null : (s.embargoUntil ?? s.visibleAt),
    })),
  }));
}

/**
 * What the API may hand out: what readers see; with an API key (subscribers), also
 * stories still under embargo, as wire services deliver them ahead of the time.
 */
function distributable(subscriber: boolean, now: Date): Prisma.PublicationWhereInput {
  return subscriber ? { killedAt: null } : publicPublicationWhere(now);
}

/** Published stories, newest change first, by cursor; `since` keeps those published or corrected after it. */
export async function listDistributed(options: { subscriber: boolean; since?: Date; cursor?: string; now?: Date }) {
  const now = options.now ?? new Date();
  const [at, id] = (options.cursor ?? '').split('|');
  const cursorDate = at ? new Date(at) : null;
  const rows = await prisma.publication.findMany({
    where: {
      AND: [
        distributable(options.subscriber, now),
        // Changed since: a new version, or a live entry published, corrected or deleted.
        options.since
          ? {
              OR: [
                { publishedAt: { gt: options.since } },
                { liveCoverage: true, story: { liveEntries: { some: { updatedAt: { gt: options.since }, publishedAt: { not: null } } } } },
              ],
            }
          : {},
        cursorDate && id && !Number.isNaN(cursorDate.getTime())
          ? { OR: [{ publishedAt: { lt: cursorDate } }, { publishedAt: cursorDate, storyId: { lt: id } }] }
          : {},
      ],
    },
    orderBy: [{ publishedAt: 'desc' }, { storyId: 'desc' }],
    take: API_PAGE_SIZE + 1,
    include,
  });
  const page = rows.slice(0, API_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: await withSiblings(page, options.subscriber, now),
    next: rows.length > API_PAGE_SIZE && last ? `${last.publishedAt.toISOString()}|${last.storyId}` : null,
  };
}

/** One story for the API: distributable, or killed (reported as canceled, without its content). */
export async function getDistributed(storyId: string, options: { subscriber: boolean; now?: Date }) {
  const now = options.now ?? new Date();
  const row = await prisma.publication.findUnique({ where: { storyId }, include });
  if (!row) return null;
  // Not yet visible, or killed before readers could see it: for them it never was (as for webhooks, which were never told).
  const killedUnseen = !!row.killedAt && row.killedAt < row.visibleAt;
  if (!options.subscriber && (row.visibleAt > now || killedUnseen)) return null;
  // A killed story's translations stand (they are listed; its own content is not).
  const [publication] = await withSiblings([row], options.subscriber, now);
  return { killed: !!row.killedAt, publication: publication! };
}
