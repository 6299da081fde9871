import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { databaseUrl, env } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  // Benchmarks read the SQL that queries send, to EXPLAIN it (NEWSROOM_LOG_QUERIES=true).
  if (env().NEWSROOM_LOG_QUERIES) {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }), log: [{ emit: 'event', level: 'query' }] });
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) });
}

/** The one Prisma client of this process (kept across hot reloads in development). */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
if (env().NODE_ENV !== 'production') globalForPrisma.prisma = prisma;

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
