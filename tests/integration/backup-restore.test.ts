import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prisma } from '@/lib/db';
import { storeImage } from '@/lib/assets/mutations';
import { processImage } from '@/lib/assets/process-image';
import { LocalDiskStorage, useAssetStorage } from '@/lib/assets/storage';
import { createBackup, restoreBackup } from '@/lib/ops/backup/archive';
import { NOT_RESTORED } from '@/lib/ops/backup/format';
import { transitionStory } from '@/lib/stories/transition';
import { ensureDatabase, listMigrations, migrate, migrateJobQueue } from '../../scripts/lib/migrate.ts';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const HARBOUR = readFileSync(path.resolve(import.meta.dirname, '../fixtures/photos/harbour.jpg'));
const work = mkdtempSync(path.join(tmpdir(), 'newsroom-backup-test-'));
const source = new LocalDiskStorage(path.join(work, 'uploads-source'));
const target = new LocalDiskStorage(path.join(work, 'uploads-target'));
const targetUrl = (() => {
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/newsroom_test_restore_${Date.now().toString(36)}`;
  return url.toString();
})();

const schemaFor = (url: string) => ({
  migrations: listMigrations().map((m) => m.name),
  migrate: async (before?: string) => void (await migrate(url, () => {}, { before })),
  migrateJobQueue: () => migrateJobQueue(url),
});

/** Each table's row count and a digest of all its rows (as PostgreSQL prints them, in order). */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(`
      SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname IN ('public', 'graphile_worker') ORDER BY 1, 2`);
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { schema, name } of tables) {
      if (NOT_RESTORED.has(`${schema}.${name}`)) continue;
      const { rows } = await client.query<{ rows: number; digest: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${schema}"."${name}" t`,
      );
      out[`${schema}.${name}`] = rows[0]!;
    }
    const { rows: sequences } = await client.query<{ name: string }>(
      "SELECT schemaname || '.' || sequencename AS name FROM pg_sequences WHERE schemaname IN ('public', 'graphile_worker') ORDER BY 1",
    );
    for (const { name } of sequences) {
      const [schema, sequence] = name.split('.');
      const { rows } = await client.query(`SELECT last_value::text || '/' || is_called::text AS state FROM "${schema}"."${sequence}"`);
      out[`sequence ${name}`] = { rows: 1, digest: rows[0].state };
    }
    return out;
  } finally {
    await client.end();
  }
}

describe('npm run backup / npm run restore', () => {
  const file = path.join(work, 'backups', 'newsroom.tar.gz');

  beforeAll(async () => {
    // A working newsroom: people, tags, a partner's webhook, stories published (deliveries
    // queued as jobs), in review and in draft, an image with its renditions, a job for tomorrow.
    const admin = await seedUser('ADMIN');
    const reviewer = await seedUser('REVIEWER');
    const editor = await seedUser('EDITOR');
    const tag = await prisma.tag.create({ data: { name: 'Kremlin', normalizedName: 'kremlin', slug: `kremlin-${Date.now()}`, kind: 'ORGANISATION' } });
    await prisma.webhook.create({ data: { url: 'https://partner.example/hook', secret: 'hook-secret', events: ['story.published'], createdById: admin.id } });
    for (let i = 0; i < 4; i++) {
      const story = await saveStoryInput(reviewer, storyInput({ headline: `Backed-up story ${i}`, priority: 'FLASH', tagIds: [tag.id] }));
      await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });
    }
    const inReview = await saveStoryInput(editor, storyInput({ headline: 'Waiting for a reviewer' }));
    await transitionStory(editor, { storyId: inReview.id, action: 'submit' });
    await saveStoryInput(editor, storyInput({ headline: 'Still a draft' }));
    useAssetStorage(source);
    const image = await storeImage(HARBOUR, editor.id, 'harbour.jpg');
    await processImage({ assetId: image.id });
    useAssetStorage(undefined);
    await prisma.$executeRawUnsafe(
      `SELECT graphile_worker.add_job('publish-scheduled-story', '{"storyId":"later"}'::json, run_at := now() + interval '1 day')`,
    );
    await ensureDatabase(inject('pgAdminUrl'), new URL(targetUrl).pathname.slice(1));
  }, 120_000);

  afterAll(() => useAssetStorage(undefined));

  it('round-trips the database row for row and the media file for file into an empty database', async () => {
    const manifest = await createBackup({ databaseUrl: process.env.DATABASE_URL!, storage: source, storeName: 'local disk', file, log: () => {} });
    expect(manifest.tables.find((t) => t.name === 'Story')!.rows).toBeGreaterThan(3);
    expect(manifest.media.files).toBeGreaterThan(10);

    await restoreBackup({ file, databaseUrl: targetUrl, storage: target, schema: schemaFor(targetUrl), log: () => {} });

    const [before, after] = await Promise.all([fingerprint(process.env.DATABASE_URL!), fingerprint(targetUrl)]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before['public.Publication']!.rows).toBeGreaterThan(0);
    expect(before['graphile_worker._private_jobs']!.rows).toBeGreaterThan(1);
    expect(before['public.WebhookDelivery']!.rows).toBeGreaterThan(0);

    const keys: string[] = [];
    for await (const key of source.keys()) keys.push(key);
    expect(keys.length).toBe(manifest.media.files);
    for (const key of keys) expect(Buffer.compare((await target.get(key))!, (await source.get(key))!), key).toBe(0);
  });

  it('refuses a database that already holds data, and a file that is no backup, changing nothing', async () => {
    await expect(restoreBackup({ file, databaseUrl: targetUrl, storage: target, schema: schemaFor(targetUrl), log: () => {} })).rejects.toThrow(/not empty/);
    const junk = path.join(work, 'junk.tar.gz');
    writeFileSync(junk, 'not an archive');
    await expect(restoreBackup({ file: junk, databaseUrl: targetUrl, storage: target, schema: schemaFor(targetUrl), log: () => {} })).rejects.toThrow();
  });
});
