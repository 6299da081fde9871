import pg from 'pg';

type PoolStats = Pick<pg.Pool, 'totalCount' | 'idleCount' | 'waitingCount'> & { options: { max?: number } };
const shared = globalThis as { __newsroomDbPools?: Map<string, PoolStats>; __newsroomOpsPool?: pg.Pool };

/** Names a connection pool of this process so /metrics reports its use (lib/db.ts registers the app's). */
export function registerDbPool(name: string, pool: PoolStats) {
  (shared.__newsroomDbPools ??= new Map()).set(name, pool);
}

export const dbPools = (): ReadonlyMap<string, PoolStats> => shared.__newsroomDbPools ?? new Map();

/**
 * A pool of its own, two connections, for health checks and metrics: they answer while
 * the app's pool is exhausted, and give up quickly when PostgreSQL does not answer.
 */
export function opsPool(): pg.Pool {
  if (!shared.__newsroomOpsPool) {
    const pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 2,
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 2_000,
      application_name: 'newsroom-ops',
      allowExitOnIdle: true,
    });
    pool.on('error', () => {}); // a dropped idle connection: the next check reports it
    registerDbPool('ops', pool);
    shared.__newsroomOpsPool = pool;
  }
  return shared.__newsroomOpsPool;
}

/** Closes the ops pool (a CLI or test that is done). */
export async function closeOpsPool() {
  const pool = shared.__newsroomOpsPool;
  shared.__newsroomOpsPool = undefined;
  await pool?.end();
}
