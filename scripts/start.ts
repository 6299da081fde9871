// `npm start`: the demo newsroom in one command. Uses DATABASE_URL when set, or
// starts an embedded PostgreSQL under .data/; migrates; seeds the demo desk when the
// database is empty; builds when the sources changed; runs `next start`; and on
// Ctrl-C stops Next and the database cleanly.
//
// Environment: PORT (3000), HOST, DATABASE_URL, NEWSROOM_DATA_DIR (.data),
// NEWSROOM_SEED_DEMO (true/false: seed an empty database or never; by default yes,
// except with NODE_ENV=production and your own DATABASE_URL),
// NEWSROOM_FRESH_DB (true: drop and recreate the embedded database first; tests use it).
import 'dotenv/config';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureAuthSecret } from './lib/auth-secret.ts';
import { isBuildCurrent, markBuildCurrent } from './lib/build-fingerprint.ts';
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres.ts';
import { ensureDatabase, migrate, migrateJobQueue } from './lib/migrate.ts';
import { bridgeConsole } from '@/lib/ops/console-bridge';
import { startLogger } from '@/lib/telemetry/logger';

const ROOT = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const dataDir = path.resolve(ROOT, process.env.NEWSROOM_DATA_DIR ?? '.data');
const port = process.env.PORT ?? '3000';
// The start script's own lines, in the same JSON log as the server's and the job runner's (lib/telemetry/logger.ts).
const logger = startLogger('start').child({ module: 'newsroom' });
bridgeConsole(); // the migration runner's and the seed's lines too
const log = (line: string) => logger.info(line);

let postgres: RunningPostgres | undefined;
let next: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  // Each child gets ten seconds to finish what it is doing, then is killed.
  const stopChild = async (child: ChildProcess | undefined) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  await stopChild(worker);
  await stopChild(next);
  if (postgres) {
    log('stopping PostgreSQL');
    await postgres.stop().catch(() => {});
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** Creates the database behind DATABASE_URL when the server lacks it (and may create it). */
async function prepareDatabase(databaseUrl: string, fresh: boolean) {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  try {
    await ensureDatabase(url.toString(), database, { fresh });
  } catch (error) {
    if (fresh) throw error;
    log(`could not check database "${database}" (${(error as Error).message}); using it as it is`);
  }
}

/** Once Next answers, marks pages cached by an earlier run stale (the database may have changed). */
async function revalidateCachedPages(origin: string) {
  for (let attempt = 0; attempt < 300 && !stopping; attempt++) {
    try {
      const response = await fetch(`${origin}/api/internal/revalidate`, {
        method: 'POST',
        headers: { 'x-newsroom-token': process.env.NEWSROOM_INTERNAL_TOKEN! },
      });
      if (response.status === 204) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  log('could not revalidate cached pages at start-up');
}

async function main() {
  if (!process.env.DATABASE_URL) {
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: process.env.NEWSROOM_PG_PORT ? Number(process.env.NEWSROOM_PG_PORT) : undefined,
    });
    await ensureDatabase(postgres.adminUrl, 'newsroom', { fresh: process.env.NEWSROOM_FRESH_DB === 'true' });
    process.env.DATABASE_URL = postgres.urlFor('newsroom');
    writeFileSync(path.join(dataDir, 'database-url'), process.env.DATABASE_URL); // for the CLIs (npm run ingest) while it runs
    log(`embedded PostgreSQL on port ${postgres.port} (data in ${path.relative(ROOT, dataDir)}/pg)`);
  } else await prepareDatabase(process.env.DATABASE_URL, process.env.NEWSROOM_FRESH_DB === 'true');
  const applied = await migrate(process.env.DATABASE_URL!, log);
  log(applied.length ? `${applied.length} migration(s) applied` : 'database schema is up to date');
  await migrateJobQueue(process.env.DATABASE_URL!);

  // The demo desk goes into an empty database, except in production on someone's own
  // database, where it must be asked for (NEWSROOM_SEED_DEMO=true).
  const production = process.env.NODE_ENV === 'production' && !postgres;
  const seedDemo = process.env.NEWSROOM_SEED_DEMO ? process.env.NEWSROOM_SEED_DEMO === 'true' : !production;
  if (seedDemo) {
    const { isDatabaseEmpty, seedDemoDesk } = await import('../prisma/seed/seed-demo-desk.ts');
    const { prisma } = await import('@/lib/db');
    if (await isDatabaseEmpty()) {
      log('empty database: seeding the demo desk');
      await seedDemoDesk();
    }
    await prisma.$disconnect();
  }

  mkdirSync(dataDir, { recursive: true });
  process.env.AUTH_SECRET = ensureAuthSecret(dataDir);
  process.env.NEWSROOM_INTERNAL_TOKEN = randomBytes(24).toString('base64url');
  process.env.AUTH_TRUST_HOST ??= 'true';
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  if (!dev && !isBuildCurrent()) {
    log('building the app (next build)');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
    if (build.status !== 0) throw new Error('next build failed');
    markBuildCurrent();
  }
  // Production: Next.js behind the in-memory cache of public responses (scripts/server.ts).
  const args = dev
    ? [nextBin, 'dev', '-p', port, ...(process.env.HOST ? ['-H', process.env.HOST] : [])]
    : ['--import', 'tsx', path.join(ROOT, 'scripts', 'server.ts')];
  next = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PORT: port, NODE_ENV: 'production' } });
  next.on('exit', (code) => void shutdown(code ?? 0));
  writeFileSync(path.join(dataDir, 'next.pid'), String(next.pid)); // benchmarks read the server's memory

  const origin = `http://${process.env.HOST ?? '127.0.0.1'}:${port}`;
  if (!dev) await revalidateCachedPages(origin);
  // The job runner (scheduled publications), beside Next; it outlives neither.
  worker = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'scripts', 'worker.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  worker.on('exit', (code) => {
    if (!stopping) {
      log(`the job runner stopped (exit ${code})`);
      void shutdown(1);
    }
  });
  log(`the newsroom is at http://${process.env.HOST ?? 'localhost'}:${port}`);
}

main().catch(async (error) => {
  logger.error({ err: error }, error instanceof Error ? error.message : String(error));
  await shutdown(1);
});
