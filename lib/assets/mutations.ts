import 'server-only';
import { z } from 'zod';
import { zLine, zMultiline } from '@/lib/text/fields';
import { newsroomDayStart } from '@/lib/time/newsroom-day';
import { createHash, randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { addJob } from '@/lib/jobs/queue';
import { readPhotoMetadata } from './metadata';
import { IMAGE_RIGHTS_TASK, PROCESS_IMAGE_TASK } from './process-image';
import { inspectImage, MAX_PIXELS } from './renditions';
import { sniffImage } from './sniff';
import { assetStorage } from './storage';

/** The largest image accepted (NEWSROOM_UPLOAD_MAX_BYTES). */
export const maxUploadBytes = () => env().NEWSROOM_UPLOAD_MAX_BYTES;

/** The words the library's search looks in. */
export const searchTextOf = (fields: { caption: string; credit: string; copyright: string; keywords: string[]; altText: string; originalName: string }) =>
  [fields.caption, fields.credit, fields.copyright, fields.keywords.join(' '), fields.altText, fields.originalName].join(' ').toLowerCase();

/**
 * Stores image bytes after checking what they really are (decoded in full: damaged,
 * truncated and oversized images are refused with a message), with the caption, credit,
 * copyright, keywords and time taken read from the file; the record, the bytes and the
 * job that makes the renditions exist together or not at all.
 */
export async function storeImage(
  bytes: Uint8Array,
  uploadedById: string | null,
  originalName = '',
  given: { altText?: string; caption?: string; credit?: string } = {},
) {
  if (bytes.byteLength === 0) throw new AppError('INVALID_INPUT', 'The file is empty.', { file: ['The file is empty.'] });
  if (bytes.byteLength > maxUploadBytes()) {
    throw new AppError('INVALID_INPUT', `Images can be at most ${Math.round(maxUploadBytes() / 1024 / 1024)} MB.`, { file: ['The file is too large.'] });
  }
  const image = sniffImage(bytes);
  if (!image) {
    throw new AppError('INVALID_INPUT', 'Only JPEG, PNG and WebP images can be uploaded; this file is not one, whatever its name says.', {
      file: ['Not a JPEG, PNG or WebP image.'],
    });
  }
  if (image.width * image.height > MAX_PIXELS) {
    throw new AppError(
      'INVALID_INPUT',
      `This image is too large (${image.width.toLocaleString('en')} × ${image.height.toLocaleString('en')} pixels): at most ${MAX_PIXELS / 1_000_000} megapixels can be uploaded.`,
      { file: ['Too many pixels.'] },
    );
  }
  const shown = await inspectImage(bytes);
  const read = await readPhotoMetadata(bytes);
  // What the person typed wins over what the file says.
  const metadata = { ...read, caption: given.caption?.trim() || read.caption, credit: given.credit?.trim() || read.credit };
  const altText = given.altText?.trim().slice(0, 500) ?? '';
  const name = originalName.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
  const id = randomUUID();
  const now = new Date();
  const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}.${image.extension}`;
  await assetStorage().put(key, bytes, image.mimeType);
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.asset.create({
        data: {
          id,
          key,
          mimeType: image.mimeType,
          bytes: bytes.byteLength,
          width: shown.width,
          height: shown.height,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          uploadedById,
          originalName: name,
          ...metadata,
          altText,
          searchText: searchTextOf({ ...metadata, altText, originalName: name }),
        },
        select: {
          id: true,
          mimeType: true,
          width: true,
          height: true,
          caption: true,
          credit: true,
          copyright: true,
          keywords: true,
          takenAt: true,
          status: true,
        },
      });
      await addJob(tx, PROCESS_IMAGE_TASK, { assetId: id }, { jobKey: `process-image:${id}`, maxAttempts: 3 });
      return created;
    });
  } catch (error) {
    await assetStorage().delete(key); // never leave bytes without their record
    throw error;
  }
}

/** An image uploaded from the desk. */
export async function uploadImage(
  viewer: Viewer | null,
  bytes: Uint8Array,
  originalName = '',
  given: { altText?: string; caption?: string; credit?: string } = {},
) {
  assertCan(viewer, 'asset.upload');
  return storeImage(bytes, viewer.id, originalName, given);
}

export const ZImageDetails = z.object({
  id: z.string().regex(/^[0-9a-f-]{36}$/, 'That is not an image.'),
  caption: zMultiline(2000, 'Keep the caption to 2000 characters.').default(''),
  credit: zLine(200, 'Keep the credit to 200 characters.').default(''),
  altText: zLine(500, 'Keep the alt text to 500 characters.').default(''),
  copyright: zLine(300, 'Keep the copyright to 300 characters.').default(''),
  keywords: zLine(1000, 'Use fewer keywords.').default(''),
  rightsExpireOn: z
    .string()
    .trim()
    .refine((v) => !v || !!newsroomDayStart(v, 'UTC'), 'Use a day like 2027-01-31 (YYYY-MM-DD).')
    .default(''),
  focalX: z.coerce.number().min(0, 'Between 0 and 1.').max(1, 'Between 0 and 1.'),
  focalY: z.coerce.number().min(0, 'Between 0 and 1.').max(1, 'Between 0 and 1.'),
});

/** Edits what the desk says about an image; a new focal point has the renditions made again (the old ones serve until then). */
export async function updateImageDetails(viewer: Viewer, input: z.output<typeof ZImageDetails>) {
  assertCan(viewer, 'asset.upload');
  return prisma.$transaction(async (tx) => {
    const asset = await tx.asset.findUnique({ where: { id: input.id } });
    if (!asset) throw new AppError('NOT_FOUND', 'This image no longer exists.');
    const keywords = [
      ...new Set(
        input.keywords
          .split(/\s*[,;]\s*/)
          .map((k) => k.trim())
          .filter(Boolean),
      ),
    ].slice(0, 50);
    const refocused = Math.abs(asset.focalX - input.focalX) > 0.001 || Math.abs(asset.focalY - input.focalY) > 0.001;
    const updated = await tx.asset.update({
      where: { id: asset.id },
      data: {
        caption: input.caption,
        credit: input.credit,
        altText: input.altText,
        copyright: input.copyright,
        keywords,
        // The rights run out when the newsroom's day after the last one begins.
        rightsExpireAt: input.rightsExpireOn ? newsroomDayStart(input.rightsExpireOn, env().NEWSROOM_TIMEZONE, true) : null,
        focalX: input.focalX,
        focalY: input.focalY,
        ...(refocused ? { status: 'PROCESSING' as const } : {}),
        searchText: searchTextOf({ ...input, keywords, originalName: asset.originalName }),
      },
    });
    if (refocused) await addJob(tx, PROCESS_IMAGE_TASK, { assetId: asset.id }, { jobKey: `process-image:${asset.id}`, maxAttempts: 3 });
    if (updated.rightsExpireAt && updated.rightsExpireAt > new Date()) {
      await addJob(tx, IMAGE_RIGHTS_TASK, { assetId: asset.id }, { runAt: updated.rightsExpireAt, jobKey: `image-rights:${asset.id}` });
    }
    // The stories readers see it in: their pages show the caption, credit and alt text.
    const shownIn = await tx.publication.findMany({
      where: { OR: [{ leadImageId: asset.id }, { mediaIds: { has: asset.id } }], killedAt: null },
      select: { slug: true },
      take: 21,
    });
    return { id: updated.id, refocused, shownIn: shownIn.map((p) => p.slug) };
  });
}
