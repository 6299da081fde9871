// `npm run restore FILE`: brings a backup made by `npm run backup` back into an empty
// database (DATABASE_URL, created if missing, or the embedded one under
// NEWSROOM_DATA_DIR) and the configured media store (README: Backups).
import 'dotenv/config';
import path from 'node:path';
import { openCliDatabase } from './lib/cli-database.ts';
import { listMigrations, migrate, migrateJobQueue } from './lib/migrate.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore FILE (a .tar.gz made by npm run backup)');
  process.exit(2);
}

const database = await openCliDatabase({ create: true });
process.env.DATABASE_URL = database.url;
try {
  const { assetStorage } = await import('@/lib/assets/storage');
  const { restoreBackup } = await import('@/lib/ops/backup/archive');
  const log = (line: string) => console.log(`[restore] ${line}`);
  const started = Date.now();
  await restoreBackup({
    file: path.resolve(file),
    databaseUrl: database.url,
    storage: assetStorage(),
    log,
    schema: {
      migrations: listMigrations().map((m) => m.name),
      migrate: async (before) => void (await migrate(database.url, () => {}, { before })),
      migrateJobQueue: () => migrateJobQueue(database.url),
    },
  });
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[restore] failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
