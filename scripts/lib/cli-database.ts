import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.ts';
import { ensureDatabase } from './migrate.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function answers(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The database a command-line tool works on: DATABASE_URL (created on its server when
 * `create` and missing); else the embedded database of a running `npm start`; else the
 * embedded PostgreSQL under NEWSROOM_DATA_DIR (.data), started for the command's
 * duration (and initialised, with `create`, when it does not exist yet).
 */
export async function openCliDatabase(options: { create: boolean }): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = path.resolve(ROOT, process.env.NEWSROOM_DATA_DIR ?? '.data');
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    if (options.create) {
      const admin = new URL(url);
      admin.pathname = '/postgres';
      await ensureDatabase(admin.toString(), decodeURIComponent(url.pathname.slice(1)));
    }
    return { url: url.toString(), stop: async () => {} };
  }
  const runningFile = path.join(dataDir, 'database-url');
  if (existsSync(runningFile)) {
    const url = readFileSync(runningFile, 'utf8').trim();
    if (await answers(url)) return { url, stop: async () => {} };
  }
  if (!options.create && !existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))) {
    throw new Error(`No database to work on: set DATABASE_URL, or run this where \`npm start\` keeps its data (${path.relative(ROOT, dataDir) || '.'}/pg).`);
  }
  const postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg') });
  await ensureDatabase(postgres.adminUrl, 'newsroom');
  return { url: postgres.urlFor('newsroom'), stop: () => postgres.stop() };
}
