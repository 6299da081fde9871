import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { makeRenditions, type Rendition } from './renditions';
import { assetStorage } from './storage';

/** The job-runner task that makes an image's renditions after upload (or a new focal point). */
export const PROCESS_IMAGE_TASK = 'process-image';
/** The job-runner task that refreshes public pages when an image's usage rights run out (pages are cached). */
export const IMAGE_RIGHTS_TASK = 'image-rights-expired';

const FORMAT = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Makes every rendition of an asset under a new version (so a retry or a new focal
 * point never overwrites what pages are serving), records them, then removes the old
 * ones. The editor sees PROCESSING until READY, or FAILED with the reason.
 */
export async function processImage(input: { assetId: string; lastAttempt?: boolean }) {
  const asset = await prisma.asset.findUnique({ where: { id: input.assetId } });
  if (!asset) return { made: 0 };
  const bytes = await assetStorage().get(asset.key);
  if (!bytes) {
    await prisma.asset.update({ where: { id: asset.id }, data: { status: 'FAILED', processingError: 'The original file is missing from storage.' } });
    return { made: 0 };
  }
  // Claimed atomically: two runs at once (a new focal point while the first renditions
  // are still being made) write under different versions and never collide.
  const { renditionVersion: version } = await prisma.asset.update({
    where: { id: asset.id },
    data: { renditionVersion: { increment: 1 } },
    select: { renditionVersion: true },
  });
  const written: string[] = [];
  try {
    const renditions = await makeRenditions(
      bytes,
      {
        version,
        focalX: asset.focalX,
        focalY: asset.focalY,
        original: FORMAT[asset.mimeType as keyof typeof FORMAT] ?? 'jpeg',
        keyPrefix: `renditions/${asset.id}`,
      },
      async (rendition: Rendition, data: Buffer) => {
        await assetStorage().put(rendition.key, data, `image/${rendition.format}`);
        written.push(rendition.key);
      },
    );
    const old = await prisma.$transaction(async (tx) => {
      const current = await tx.asset.findUniqueOrThrow({ where: { id: asset.id }, select: { renditions: true } });
      await tx.asset.update({
        where: { id: asset.id },
        data: { renditions: renditions as unknown as Prisma.InputJsonValue, status: 'READY', processingError: '' },
      });
      return (current.renditions as Rendition[] | null) ?? [];
    });
    const kept = new Set(renditions.map((r) => r.key));
    await Promise.all(
      old
        .filter((r) => !kept.has(r.key))
        .map((r) =>
          assetStorage()
            .delete(r.key)
            .catch(() => {}),
        ),
    );
    return { made: renditions.length };
  } catch (error) {
    await Promise.all(
      written.map((key) =>
        assetStorage()
          .delete(key)
          .catch(() => {}),
      ),
    );
    if (input.lastAttempt !== false) {
      await prisma.asset.update({
        where: { id: asset.id },
        data: { status: 'FAILED', processingError: `Renditions could not be made: ${(error as Error).message}` },
      });
    }
    throw error;
  }
}
