import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { LEAD_IMAGE_SELECT, toResponsiveImage, type ResponsiveImage } from './responsive';

export const mediaPath = (assetId: string) => `/media/${assetId}`;

/**
 * An image for a request: anyone on the desk may see any upload; a reader only one
 * that a story readers can see uses (in its body or as its lead image), and only while
 * its usage rights last. Images of unpublished stories never leak.
 */
export async function getVisibleAsset(id: string, viewer: Viewer | null) {
  const asset = await prisma.asset.findUnique({ where: { id } });
  if (!asset) return null;
  if (can(viewer, 'desk.view')) return { ...asset, isPublic: false };
  if (isExpired(asset)) return null;
  // The same rule as publicPublicationWhere(), applied to the published bodies' JSON and lead images.
  const rows = await prisma.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "Publication"
    WHERE "killedAt" IS NULL AND "visibleAt" <= ${new Date()} AND ("leadImageId" = ${id} OR body::text LIKE ${`%"${mediaPath(id)}"%`})
    LIMIT 1`;
  return rows.length ? { ...asset, isPublic: true } : null;
}

/** Usage rights that have run out: the image is off every public page (the desk says so). */
export const isExpired = (asset: { rightsExpireAt: Date | null }, now = new Date()) => !!asset.rightsExpireAt && asset.rightsExpireAt <= now;

/** The uploaded image ids a body uses (its `/media/<id>` figures). */
export function mediaIdsIn(body: unknown): string[] {
  const found = new Set<string>();
  for (const match of JSON.stringify(body ?? null).matchAll(/"\/media\/([0-9a-f-]{36})"/g)) found.add(match[1]!);
  return [...found];
}

/** What the renderer needs to make `<picture>` elements: each usable image's size, renditions and alt text. */
export async function responsiveImages(ids: string[], now = new Date()): Promise<Map<string, ResponsiveImage>> {
  if (!ids.length) return new Map();
  const assets = await prisma.asset.findMany({ where: { id: { in: ids } }, select: LEAD_IMAGE_SELECT });
  return new Map(assets.map((a) => [a.id, toResponsiveImage(a, now)]));
}
