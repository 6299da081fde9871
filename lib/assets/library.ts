import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { zQuery } from '@/lib/text/fields';
import { newsroomDayStart } from '@/lib/time/newsroom-day';
import { mediaPath } from './queries';

export const LIBRARY_PAGE_SIZE = 48;

export const ZLibraryFilter = z.object({
  q: zQuery(200).default(''),
  from: z
    .string()
    .regex(/^$|^\d{4}-\d{2}-\d{2}$/)
    .default(''),
  to: z
    .string()
    .regex(/^$|^\d{4}-\d{2}-\d{2}$/)
    .default(''),
  use: z.enum(['all', 'used', 'unused']).default('all'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export type LibraryFilter = z.output<typeof ZLibraryFilter>;

/** Story ids using an image: as lead image, or in the body. */
async function usingStories(ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; headline: string; status: string }[]>();
  const rows = await prisma.$queryRaw<{ assetId: string; id: string; headline: string; status: string }[]>`
    SELECT a.id AS "assetId", s.id, s.headline, s.status::text AS status
    FROM unnest(${ids}::text[]) AS a(id)
    JOIN "Story" s ON s."leadImageId" = a.id OR s."mediaIds" @> ARRAY[a.id]
    ORDER BY s."updatedAt" DESC`;
  const by = new Map<string, { id: string; headline: string; status: string }[]>();
  for (const row of rows) by.set(row.assetId, [...(by.get(row.assetId) ?? []), { id: row.id, headline: row.headline, status: row.status }]);
  return by;
}

/** The media library: every uploaded image once, newest first, searchable by caption, credit, keywords, alt text, file name and uploader. */
export async function listLibrary(viewer: Viewer, filter: LibraryFilter) {
  assertCan(viewer, 'desk.view');
  const words = filter.q.toLowerCase().split(/\s+/).filter(Boolean);
  const where: Prisma.AssetWhereInput = {
    AND: [
      ...words.map((word) => ({ OR: [{ searchText: { contains: word } }, { uploadedBy: { name: { contains: word, mode: 'insensitive' as const } } }] })),
      // Newsroom days, as every date on the desk.
      filter.from ? { createdAt: { gte: newsroomDayStart(filter.from, env().NEWSROOM_TIMEZONE) ?? undefined } } : {},
      filter.to ? { createdAt: { lt: newsroomDayStart(filter.to, env().NEWSROOM_TIMEZONE, true) ?? undefined } } : {},
    ],
  };
  const rows = await prisma.asset.findMany({
    where,
    orderBy: { createdAt: 'desc' },
    take: filter.use === 'all' ? LIBRARY_PAGE_SIZE + 1 : 1000,
    skip: filter.use === 'all' ? (filter.page - 1) * LIBRARY_PAGE_SIZE : 0,
    select: {
      id: true,
      caption: true,
      credit: true,
      altText: true,
      keywords: true,
      width: true,
      height: true,
      status: true,
      processingError: true,
      rightsExpireAt: true,
      createdAt: true,
      originalName: true,
      uploadedBy: { select: { name: true } },
    },
  });
  const usage = await usingStories(rows.map((r) => r.id));
  let items = rows.map((row) => ({ ...row, src: mediaPath(row.id), usedBy: usage.get(row.id) ?? [] }));
  if (filter.use !== 'all') items = items.filter((item) => (filter.use === 'used') === item.usedBy.length > 0);
  const start = filter.use === 'all' ? 0 : (filter.page - 1) * LIBRARY_PAGE_SIZE;
  return { items: items.slice(start, start + LIBRARY_PAGE_SIZE), hasMore: items.length > start + LIBRARY_PAGE_SIZE };
}

/** One image with everything the desk edits, and where it is used. */
export async function getLibraryImage(viewer: Viewer, id: string) {
  assertCan(viewer, 'desk.view');
  const asset = await prisma.asset.findUnique({ where: { id }, include: { uploadedBy: { select: { name: true } } } });
  if (!asset) return null;
  return { ...asset, src: mediaPath(asset.id), usedBy: (await usingStories([id])).get(id) ?? [] };
}
