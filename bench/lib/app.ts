import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/embedded-postgres';
import { ensureDatabase, migrate, migrateJobQueue } from '../../scripts/lib/migrate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, '.data', 'bench');

export type BenchApp = { origin: string; databaseUrl: string; serverRss(): number; stop(): Promise<void> };

/** A fresh database (embedded PostgreSQL under .data/bench), filled by `fill`, and the app on a free port. */
export async function startBenchApp(fill: (databaseUrl: string) => Promise<void>): Promise<BenchApp> {
  const postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir: path.join(DATA, 'pg') });
  await ensureDatabase(postgres.adminUrl, 'newsroom_bench', { fresh: true });
  const databaseUrl = postgres.urlFor('newsroom_bench');
  await migrate(databaseUrl);
  await migrateJobQueue(databaseUrl);
  await fill(databaseUrl);
  const port = await findFreePort();
  const app: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NEWSROOM_DATA_DIR: DATA, NEWSROOM_SEED_DEMO: 'false', NEWSROOM_SITE_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (app.exitCode !== null) throw new Error('the app exited before it was ready');
    if (i > 1500) throw new Error('the app did not start in 5 minutes');
    try {
      if ((await fetch(`${origin}/login`)).ok) break;
    } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    databaseUrl,
    serverRss() {
      const pid = readFileSync(path.join(DATA, 'next.pid'), 'utf8').trim();
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    async stop() {
      app.kill('SIGTERM');
      await new Promise((r) => app.once('exit', r));
      await postgres.stop();
    },
  };
}
