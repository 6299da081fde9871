// `npm run backup [-- --out FILE]`: a consistent backup of the database and the media
// store in one .tar.gz (README: Backups). Uses DATABASE_URL, or the embedded database
// (a running `npm start`'s, or started for the backup), and the configured media store.
import 'dotenv/config';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openCliDatabase } from './lib/cli-database.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const file = path.resolve(
  outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : path.join(ROOT, process.env.NEWSROOM_DATA_DIR ?? '.data', 'backups', `newsroom-${stamp}.tar.gz`),
);
mkdirSync(path.dirname(file), { recursive: true });

const database = await openCliDatabase({ create: false });
process.env.DATABASE_URL = database.url;
try {
  const { assetStorage } = await import('@/lib/assets/storage');
  const { createBackup } = await import('@/lib/ops/backup/archive');
  const started = Date.now();
  const store = process.env.NEWSROOM_S3_BUCKET
    ? `S3 bucket ${process.env.NEWSROOM_S3_BUCKET}`
    : `local disk (${process.env.NEWSROOM_UPLOAD_DIR ?? '.data/uploads'})`;
  const manifest = await createBackup({
    databaseUrl: database.url,
    storage: assetStorage(),
    storeName: store,
    file,
    log: (line) => console.log(`[backup] ${line}`),
  });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `[backup] ${path.relative(process.cwd(), file)}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.media.files} media files from ${store}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`[backup] failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
