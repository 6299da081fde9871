import { mkdtemp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import type { AssetStorage } from '@/lib/assets/storage';
import { dumpDatabase } from './dump';
import { BACKUP_FORMAT, BACKUP_VERSION, parseManifest, type Manifest } from './format';
import { loadDatabase, type SchemaBuilder } from './load';
import { copyMediaIn, copyMediaOut } from './media';

type Log = (line: string) => void;

async function workDir(near: string) {
  await mkdir(near, { recursive: true });
  return mkdtemp(path.join(near, '.newsroom-backup-'));
}

/**
 * Writes a consistent backup of the database and the media store to `file` (.tar.gz):
 * the media files are copied before and after the database snapshot, so every file the
 * snapshot refers to is in it. The archive is written under a temporary name and moved
 * into place when complete.
 */
export async function createBackup(options: { databaseUrl: string; storage: AssetStorage; storeName: string; file: string; log: Log }): Promise<Manifest> {
  const { databaseUrl, storage, file, log } = options;
  const dir = await workDir(path.dirname(path.resolve(file)));
  try {
    const copied = new Map<string, number>();
    await copyMediaOut(storage, dir, copied);
    log('database snapshot');
    const database = await dumpDatabase(databaseUrl, dir);
    await copyMediaOut(storage, dir, copied);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      ...database,
      media: { store: options.storeName, files: copied.size, bytes: [...copied.values()].reduce((a, b) => a + b, 0) },
    };
    await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(path.join(dir, 'media'), { recursive: true });
    const partial = `${file}.partial`;
    await tar.c({ gzip: true, file: partial, cwd: dir, portable: true }, ['manifest.json', 'db', 'media']);
    await rename(partial, file);
    return manifest;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Brings a backup back into an empty database (and the media store): the manifest is
 * checked first, the files extracted to a temporary folder beside the archive, the
 * database loaded in one transaction (lib/ops/backup/load.ts), then the media files put.
 */
export async function restoreBackup(options: { file: string; databaseUrl: string; storage: AssetStorage; schema: SchemaBuilder; log: Log }): Promise<Manifest> {
  const { file, databaseUrl, storage, schema, log } = options;
  await stat(file);
  const dir = await workDir(path.dirname(path.resolve(file)));
  try {
    await tar.x({ file, cwd: dir, strict: true, preservePaths: false });
    const manifest = parseManifest(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    log(`backup of ${manifest.database} made ${manifest.createdAt}: ${manifest.tables.length} tables, ${manifest.media.files} media files`);
    await loadDatabase(databaseUrl, dir, manifest, schema, log);
    const media = await copyMediaIn(storage, dir);
    if (media.files !== manifest.media.files) throw new Error(`The archive holds ${media.files} media files; its manifest says ${manifest.media.files}.`);
    log(`${media.files} media files (${(media.bytes / 1024 / 1024).toFixed(1)} MiB) in the store`);
    return manifest;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
