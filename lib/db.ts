import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { databaseUrl, env } from '@/lib/env';
import { registerDbPool } from '@/lib/telemetry/db-pools';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Interactive transactions wait up to 10 s for a connection and may run 20 s (Prisma's
 * defaults are 2 s and 5 s): on a machine under load a story's write, with its row lock,
 * revision and shared state, must finish rather than fail half way and be retried.
 */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

function createClient() {
  // The pool is made here so /metrics can report its use (lib/telemetry/db-pools.ts).
  const pool = new pg.Pool({ connectionString: databaseUrl() });
  registerDbPool('app', pool);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Benchmarks read the SQL that queries send, to EXPLAIN it (NEWSROOM_LOG_QUERIES=true).
  if (env().NEWSROOM_LOG_QUERIES) return new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] });
  return new PrismaClient({ adapter, transactionOptions });
}

/** The one Prisma client of this process (kept across hot reloads in development). */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
if (env().NODE_ENV !== 'production') globalForPrisma.prisma = prisma;

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
