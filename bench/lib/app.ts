import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/embedded-postgres';
import { ensureDatabase, migrate, migrateJobQueue } from '../../scripts/lib/migrate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, '.data', 'bench');

export type BenchInstance = { origin: string; serverRss(): number; serverPid(): number; stop(): Promise<void> };
export type BenchApp = BenchInstance & {
  databaseUrl: string;
  /** Another `next start` + job runner on the same database (the build is shared), with `env` added to its settings. */
  startSecondInstance(env?: Record<string, string>): Promise<BenchInstance>;
  /** Stops PostgreSQL and starts it again on the same port, as a restart or failover would. */
  restartPostgres(downMs: number): Promise<void>;
};

async function waitUntilUp(origin: string, process_: ChildProcess) {
  for (let i = 0; ; i++) {
    if (process_.exitCode !== null) throw new Error('the app exited before it was ready');
    if (i > 1500) throw new Error('the app did not start in 5 minutes');
    try {
      if ((await fetch(`${origin}/login`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const rssOf = (pid: number | string) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const stopProcess = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};

/** The demo desk as the benchmark's data (a `fill` for startBenchApp). */
export async function seedDemoDesk(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemoDesk: seed } = await import('../../prisma/seed/seed-demo-desk');
  const { prisma } = await import('@/lib/db');
  await seed();
  await prisma.$disconnect();
}

/** A fresh database (embedded PostgreSQL under .data/bench), filled by `fill`, and the app on a free port. */
export async function startBenchApp(fill: (databaseUrl: string) => Promise<void>): Promise<BenchApp> {
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir: path.join(DATA, 'pg') });
  await ensureDatabase(postgres.adminUrl, 'newsroom_bench', { fresh: true });
  const databaseUrl = postgres.urlFor('newsroom_bench');
  await migrate(databaseUrl);
  await migrateJobQueue(databaseUrl);
  await fill(databaseUrl);
  const port = await findFreePort();
  const authSecret = randomBytes(32).toString('base64url');
  const common = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    NEWSROOM_DATA_DIR: DATA,
    NEWSROOM_SEED_DEMO: 'false',
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: 'true',
  };
  const app: ChildProcess = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: { ...common, PORT: String(port), NEWSROOM_SITE_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilUp(origin, app);
  const extra: ChildProcess[] = [];
  return {
    origin,
    databaseUrl,
    serverRss: () => rssOf(readFileSync(path.join(DATA, 'next.pid'), 'utf8').trim()),
    serverPid: () => Number(readFileSync(path.join(DATA, 'next.pid'), 'utf8').trim()),
    async startSecondInstance(extraEnv = {}) {
      const secondPort = await findFreePort();
      const env = {
        ...common,
        PORT: String(secondPort),
        NEWSROOM_SITE_URL: `http://127.0.0.1:${secondPort}`,
        NEWSROOM_INTERNAL_TOKEN: randomBytes(24).toString('base64url'),
        ...extraEnv,
      };
      const next = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/server.ts')], {
        cwd: ROOT,
        env: { ...env, NODE_ENV: 'production' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const worker = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'scripts/worker.ts')], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      extra.push(next, worker);
      const secondOrigin = `http://127.0.0.1:${secondPort}`;
      await waitUntilUp(secondOrigin, next);
      await fetch(`${secondOrigin}/api/internal/revalidate`, { method: 'POST', headers: { 'x-newsroom-token': env.NEWSROOM_INTERNAL_TOKEN } });
      return {
        origin: secondOrigin,
        serverRss: () => rssOf(next.pid!),
        serverPid: () => next.pid!,
        stop: async () => {
          await stopProcess(worker);
          await stopProcess(next);
        },
      };
    },
    async restartPostgres(downMs) {
      const port = postgres.port;
      await postgres.stop();
      await new Promise((r) => setTimeout(r, downMs));
      postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA, 'pg'), port });
    },
    async stop() {
      for (const child of extra.reverse()) await stopProcess(child);
      await stopProcess(app);
      await postgres.stop();
    },
  };
}
