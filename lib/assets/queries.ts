import 'server-only';
import { prisma } from '@/lib/db';
import { publicPublicationWhere } from '@/lib/stories/visibility';
import type { Viewer } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { isExpired, LEAD_IMAGE_SELECT, toResponsiveImage, type ResponsiveImage } from './responsive';

export { isExpired, mediaIdsIn } from './responsive';

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
  // The one visibility rule, over the publications that show it (both columns indexed).
  const shown = await prisma.publication.findFirst({
    where: { ...publicPublicationWhere(), OR: [{ leadImageId: id }, { mediaIds: { has: id } }] },
    select: { storyId: true },
  });
  return shown ? { ...asset, isPublic: true } : null;
}

/** What the renderer needs to make `<picture>` elements: each usable image's size, renditions and alt text. */
export async function responsiveImages(ids: string[], now = new Date()): Promise<Map<string, ResponsiveImage>> {
  if (!ids.length) return new Map();
  const assets = await prisma.asset.findMany({ where: { id: { in: ids } }, select: LEAD_IMAGE_SELECT });
  return new Map(assets.map((a) => [a.id, toResponsiveImage(a, now)]));
}
