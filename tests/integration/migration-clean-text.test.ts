// The migration that cleans text stored before normalisation existed: it runs on a
// database migrated up to just before it, holding rows with controls in every shape.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { ensureDatabase, migrate } from '../../scripts/lib/migrate.ts';

const MIGRATION = '20261130200000_sessions_key_scopes_clean_text';

describe(`migration ${MIGRATION}`, () => {
  it('removes controls from stored stories, bodies and wire items, and maps line breaks', async () => {
    const database = `newsroom_migration_${randomUUID().slice(0, 8)}`;
    await ensureDatabase(inject('pgAdminUrl'), database, { fresh: true });
    const url = new URL(inject('pgAdminUrl'));
    url.pathname = `/${database}`;
    await migrate(url.toString(), () => {}, { before: MIGRATION });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('u1', 'a@b.c', 'A', 'x', now())`);
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bell\u0007 here\u000bnext \\b literal \uFFFF' }] }] };
      await client.query(
        `INSERT INTO "Story" (id, slug, headline, subheadline, body, "bodyText", "authorId", "updatedAt") VALUES ('s1', 's1', $1, $2, $3, $4, 'u1', now())`,
        ['Head\u000bline\u0085 \u009fok', 'clean subheadline', JSON.stringify(body), 'text\r\nwith\u0001 breaks'],
      );
      await client.query(`INSERT INTO "ApiKey" (id, name, prefix, hash, "createdById") VALUES ('k1', 'old', 'nr_x', 'h', 'u1')`);
      await migrate(url.toString());
      const story = (await client.query('SELECT headline, subheadline, body, "bodyText" FROM "Story"')).rows[0];
      expect(story.headline).toBe('Head line  ok');
      expect(story.subheadline).toBe('clean subheadline');
      expect(story.bodyText).toBe('text\nwith breaks');
      expect(story.body.content[0].content[0].text).toBe('Bell here\nnext \\b literal ');
      expect((await client.query('SELECT scopes FROM "ApiKey"')).rows[0].scopes).toBe('{READ,INGEST}');
    } finally {
      await client.end();
      const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
