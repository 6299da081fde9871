import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import * as tar from 'tar';
import { test, expect } from '../fixtures/test';
import { SecondInstance } from '../support/second-instance';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

test.use({ persona: 'reviewer' });

/** `npm run backup` / `npm run restore` as a person runs them (tsx, the package's scripts). */
const npmRun = (script: 'backup' | 'restore', args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 120_000,
  });

async function rowCounts(url: string, tables: { schema: string; name: string }[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const { schema, name } of tables) counts[`${schema}.${name}`] = (await client.query(`SELECT count(*)::int AS n FROM "${schema}"."${name}"`)).rows[0].n;
    return counts;
  } finally {
    await client.end();
  }
}

test('a backup of the running newsroom restores into an empty database: the same rows, and a published page byte for byte', async ({ page, baseURL }) => {
  test.setTimeout(240_000); // a backup, a restore and an app instance of its own
  // Something published just now, besides the demo desk.
  const headline = `Restored to the byte ${Date.now()}`.slice(0, 60);
  await page.goto('/desk/stories/new');
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByLabel('Dateline place').fill('Kazan');
  await page.getByLabel('Priority').selectOption('FLASH');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Story published.')).toBeVisible();
  const slug = (await page.getByRole('link', { name: 'View published version' }).getAttribute('href'))!.replace('/news/', '');
  expect(slug).toMatch(/^[a-z0-9-]+$/);

  const work = mkdtempSync(path.join(ROOT, '.data', 'e2e', 'backup-'));
  const databaseUrl = readFileSync(path.join(ROOT, '.data/e2e/database-url'), 'utf8').trim();
  const restoredUrl = new URL(databaseUrl);
  restoredUrl.pathname = `/newsroom_restored_${Date.now().toString(36)}`;
  const file = path.join(work, 'newsroom.tar.gz');
  const backup = await npmRun('backup', ['--out', file], { DATABASE_URL: databaseUrl });
  expect(backup.stdout).toMatch(/\d+ tables, \d+ rows/);
  const restore = await npmRun('restore', [file], { DATABASE_URL: restoredUrl.toString(), NEWSROOM_UPLOAD_DIR: path.join(work, 'uploads') });
  expect(restore.stdout).toContain('done in');

  // Row for row: every table the backup holds has the same count in the restored database.
  await tar.x({ file, cwd: work }, ['manifest.json']);
  const manifest = JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8')) as { tables: { schema: string; name: string; rows: number }[] };
  const restorable = manifest.tables.filter((t) => !['_prisma_migrations', 'migrations', 'ProcessHeartbeat'].includes(t.name));
  expect(restorable.find((t) => t.name === 'Publication')!.rows).toBeGreaterThan(0);
  expect(await rowCounts(restoredUrl.toString(), restorable)).toEqual(Object.fromEntries(restorable.map((t) => [`${t.schema}.${t.name}`, t.rows])));

  // The restored newsroom serves the published page with the very same bytes.
  const restored = new SecondInstance({
    env: { DATABASE_URL: restoredUrl.toString(), NEWSROOM_UPLOAD_DIR: path.join(work, 'uploads'), NEWSROOM_SITE_URL: baseURL! },
  });
  await restored.start();
  try {
    for (const pathname of [`/news/${slug}`]) {
      const read = async (origin: string) => {
        const response = await fetch(origin + pathname, { headers: { 'accept-encoding': 'identity' } });
        expect(response.status, `${origin}${pathname}`).toBe(200);
        return Buffer.from(await response.arrayBuffer());
      };
      const [original, copy] = [await read(baseURL!), await read(restored.origin)];
      expect(copy.toString('utf8')).toContain(headline);
      expect(Buffer.compare(copy, original), `${pathname} differs`).toBe(0);
    }
  } finally {
    await restored.stop();
  }
});
