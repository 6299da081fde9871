// Integration tests run on a real PostgreSQL: the server behind DATABASE_URL when it
// is set (local hosts only), else an embedded one under .data/pg-test. The migrations
// are applied once to a template database; every test file gets a fresh copy of it.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/embedded-postgres.ts';
import { ensureDatabase, migrate, migrateJobQueue } from '../../scripts/lib/migrate.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export function adminUrlFor(databaseUrl: string) {
  const url = new URL(databaseUrl);
  if (!LOCAL_HOSTS.has(url.hostname) && process.env.NEWSROOM_TEST_ALLOW_REMOTE_DB !== 'true') {
    throw new Error(`Refusing to run tests against ${url.hostname}: tests create and drop databases. Use a local server.`);
  }
  url.pathname = '/postgres';
  return url.toString();
}

let postgres: RunningPostgres | undefined;

export async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.DATABASE_URL) adminUrl = adminUrlFor(process.env.DATABASE_URL);
  else {
    postgres = await startEmbeddedPostgres({ dataDir: path.resolve(import.meta.dirname, '../../.data/pg-test') });
    adminUrl = postgres.adminUrl;
  }
  const template = `newsroom_test_template_${process.pid}`;
  await ensureDatabase(adminUrl, template, { fresh: true });
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await migrate(templateUrl.toString());
  await migrateJobQueue(templateUrl.toString());
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  return async () => {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'newsroom_test_%'");
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await client.end();
    await postgres?.stop();
  };
}
