// Runs before each integration test file: a fresh database cloned from the migrated
// template, so files never see each other's rows and order does not matter.
import { randomUUID } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { ensureDatabase } from '../../scripts/lib/migrate.ts';

const adminUrl = inject('pgAdminUrl');
const database = `newsroom_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
await ensureDatabase(adminUrl, database, { template: inject('pgTemplate') });
const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { prisma } = await import('@/lib/db');
  await prisma.$disconnect();
});
