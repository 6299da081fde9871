import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import { S3Storage } from './s3-storage';

/**
 * Where uploaded bytes live. The local disk is the default; an S3-compatible store
 * only has to implement these three calls.
 */
export interface AssetStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** Every key in the store (backups read the store through this). */
  keys(): AsyncIterable<string>;
  /** Resolves when the store can be reached and written; throws saying why not (readiness). */
  check(): Promise<void>;
}

export class LocalDiskStorage implements AssetStorage {
  constructor(private readonly root: string) {}

  private pathFor(key: string) {
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`Invalid asset key: ${key}`);
    return resolved;
  }

  async put(key: string, bytes: Uint8Array) {
    const file = this.pathFor(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: 'wx' });
  }

  async get(key: string) {
    try {
      return await readFile(this.pathFor(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string) {
    await rm(this.pathFor(key), { force: true });
  }

  async *keys() {
    const root = path.resolve(this.root);
    let entries;
    try {
      entries = await readdir(root, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.isFile()) yield path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    }
  }

  async check() {
    await mkdir(this.root, { recursive: true });
    await access(this.root, constants.W_OK);
  }
}

let storage: AssetStorage | undefined;

/**
 * The configured storage: an S3-compatible bucket when NEWSROOM_S3_BUCKET is set, else
 * NEWSROOM_UPLOAD_DIR (default `.data/uploads`). Either way the bucket stays private:
 * readers get images through /media, which checks that a public story uses them.
 */
export function assetStorage(): AssetStorage {
  if (!storage) {
    const settings = env();
    storage = settings.NEWSROOM_S3_BUCKET
      ? new S3Storage({
          bucket: settings.NEWSROOM_S3_BUCKET,
          endpoint: settings.NEWSROOM_S3_ENDPOINT,
          region: settings.NEWSROOM_S3_REGION,
          ...(settings.NEWSROOM_S3_ACCESS_KEY_ID && settings.NEWSROOM_S3_SECRET_ACCESS_KEY
            ? { credentials: { accessKeyId: settings.NEWSROOM_S3_ACCESS_KEY_ID, secretAccessKey: settings.NEWSROOM_S3_SECRET_ACCESS_KEY } }
            : {}),
        })
      : new LocalDiskStorage(path.resolve(/* turbopackIgnore: true */ settings.NEWSROOM_UPLOAD_DIR));
  }
  return storage;
}

/** For tests: use this storage from now on. */
export function useAssetStorage(next: AssetStorage | undefined) {
  storage = next;
}
