import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssetStorage } from '@/lib/assets/storage';
import { safeMediaKey } from './format';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

/**
 * Copies every file of the media store into `dir/media/` that is not there yet. Run
 * before and after the database snapshot: files are never changed in place (a new
 * version is a new key), so every file the snapshot refers to was there at one of the
 * two passes.
 */
export async function copyMediaOut(storage: AssetStorage, dir: string, copied: Map<string, number>) {
  for await (const key of storage.keys()) {
    if (copied.has(key)) continue;
    const bytes = await storage.get(safeMediaKey(key));
    if (!bytes) continue; // deleted between the listing and the read
    const file = path.join(dir, 'media', ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    copied.set(key, bytes.byteLength);
  }
}

async function* filesUnder(root: string, prefix = ''): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const key = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* filesUnder(root, key);
    else if (entry.isFile()) yield key;
  }
}

/**
 * Puts the backup's media files into the store. A file already there under the same key
 * is kept when it has the same bytes (a restore run twice) and refused when it differs.
 */
export async function copyMediaIn(storage: AssetStorage, dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for await (const key of filesUnder(path.join(dir, 'media'))) {
    const body = await readFile(path.join(dir, 'media', ...safeMediaKey(key).split('/')));
    const existing = await storage.get(key);
    if (existing) {
      if (!existing.equals(body)) throw new Error(`The media store already has a different file ${key}: restore into an empty store.`);
    } else {
      await storage.put(key, body, TYPES[path.extname(key).toLowerCase()] ?? 'application/octet-stream');
    }
    files++;
    bytes += body.byteLength;
  }
  return { files, bytes };
}
