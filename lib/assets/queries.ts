import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';

export const mediaPath = (assetId: string) => `/media/${assetId}`;

/**
 * An image for a request: anyone on the desk may see any upload; a reader only one
 * that a story readers can see uses. Images of unpublished stories never leak.
 */
export async function getVisibleAsset(id: string, viewer: Viewer | null) {
  const asset = await prisma.asset.findUnique({ where: { id } });
  if (!asset) return null;
  if (can(viewer, 'desk.view')) return { ...asset, isPublic: false };
  // The same rule as publicPublicationWhere(), applied to the published bodies' JSON.
  const rows = await prisma.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "Publication"
    WHERE "killedAt" IS NULL AND "visibleAt" <= ${new Date()} AND body::text LIKE ${`%"${mediaPath(id)}"%`}
    LIMIT 1`;
  return rows.length ? { ...asset, isPublic: true } : null;
}
