import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { sniffImage } from './sniff';
import { assetStorage } from './storage';

/** The largest image accepted (NEWSROOM_UPLOAD_MAX_BYTES). */
export const maxUploadBytes = () => env().NEWSROOM_UPLOAD_MAX_BYTES;

/** Stores image bytes after checking what they really are; the record and the bytes exist together or not at all. */
export async function storeImage(bytes: Uint8Array, uploadedById: string | null) {
  if (bytes.byteLength === 0) throw new AppError('INVALID_INPUT', 'The file is empty.', { file: ['The file is empty.'] });
  if (bytes.byteLength > maxUploadBytes()) {
    throw new AppError('INVALID_INPUT', `Images can be at most ${Math.round(maxUploadBytes() / 1024 / 1024)} MB.`, { file: ['The file is too large.'] });
  }
  const image = sniffImage(bytes);
  if (!image) {
    throw new AppError('INVALID_INPUT', 'Only JPEG, PNG and WebP images can be uploaded; this file is not one, whatever its name says.', { file: ['Not a JPEG, PNG or WebP image.'] });
  }
  const id = randomUUID();
  const now = new Date();
  const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}.${image.extension}`;
  await assetStorage().put(key, bytes, image.mimeType);
  try {
    return await prisma.asset.create({
      data: { id, key, mimeType: image.mimeType, bytes: bytes.byteLength, width: image.width, height: image.height, sha256: createHash('sha256').update(bytes).digest('hex'), uploadedById },
      select: { id: true, mimeType: true, width: true, height: true },
    });
  } catch (error) {
    await assetStorage().delete(key); // never leave bytes without their record
    throw error;
  }
}

/** An image uploaded from the desk. */
export async function uploadImage(viewer: Viewer | null, bytes: Uint8Array) {
  assertCan(viewer, 'asset.upload');
  return storeImage(bytes, viewer.id);
}
