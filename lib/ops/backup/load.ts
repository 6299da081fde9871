import { createReadStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PORTABLE_SESSION, listTables } from './dump';
import { NOT_RESTORED, qualified, quoteIdent, SCHEMAS, type Manifest } from './format';

/** How the restore builds the schema the data goes into: the newsroom's own migrations. */
export type SchemaBuilder = {
  /** Every migration the code knows, in order. */
  migrations: string[];
  /** Applies the migrations before `before` (all of them without it). */
  migrate(before?: string): Promise<void>;
  /** graphile-worker's schema. */
  migrateJobQueue(): Promise<void>;
};

/** Tables holding rows, in a database about to be restored into (null: the database has no newsroom schema yet). */
async function rowsPresent(client: pg.Client): Promise<string[]> {
  const present: string[] = [];
  for (const table of await listTables(client)) {
    const key = `${table.schema}.${table.name}`;
    if (NOT_RESTORED.has(key) || table.schema !== 'public') continue;
    const { rows } = await client.query(`SELECT 1 FROM ${qualified(table.schema, table.name)} LIMIT 1`);
    if (rows.length) present.push(table.name);
  }
  return present;
}

/**
 * Checks that the backup's schema can be rebuilt by this code: its migrations must be
 * the first ones this code knows, in the same order, and the target must have no more
 * applied than that.
 */
function planMigrations(manifest: Manifest, code: string[], applied: string[]) {
  const unknown = manifest.migrations.filter((name) => !code.includes(name));
  if (unknown.length)
    throw new Error(`The backup was made by a newer newsroom (migrations this code does not have: ${unknown.join(', ')}). Restore it with that version.`);
  if (manifest.migrations.some((name, i) => code[i] !== name))
    throw new Error("The backup's migrations are not a beginning of this code's migrations; restore it with the version that made it.");
  if (applied.some((name, i) => manifest.migrations[i] !== name))
    throw new Error('The target database has migrations the backup does not; restore into an empty database.');
  return code[manifest.migrations.length];
}

/**
 * Loads a backup's tables into an empty database, in one transaction: the schema is built
 * by the migrations the backup was made at, foreign keys are dropped and triggers off while
 * the rows go in (so the order of tables does not matter and trigger-kept counts are not
 * counted twice), sequences are set, and the keys come back, checked against every row.
 * Anything wrong rolls the whole load back. Then any newer migrations are applied.
 */
export async function loadDatabase(databaseUrl: string, dir: string, manifest: Manifest, schema: SchemaBuilder, log: (line: string) => void) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'newsroom-restore' });
  await client.connect();
  try {
    const present = await rowsPresent(client);
    if (present.length)
      throw new Error(`The database is not empty (rows in ${present.slice(0, 5).join(', ')}${present.length > 5 ? '…' : ''}). Restore into an empty database.`);
    const applied = (await client.query<{ exists: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists")).rows[0]!.exists
      ? (
          await client.query<{ name: string }>('SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name')
        ).rows.map((r) => r.name)
      : [];
    const next = planMigrations(manifest, schema.migrations, applied);
    log(`building the schema (${manifest.migrations.length} migrations)`);
    await schema.migrate(next);
    await schema.migrateJobQueue();

    const target = new Map((await listTables(client)).map((t) => [`${t.schema}.${t.name}`, t]));
    const load = manifest.tables.filter((t) => !NOT_RESTORED.has(`${t.schema}.${t.name}`));
    for (const table of load) {
      const there = target.get(`${table.schema}.${table.name}`);
      const missing = table.columns.filter((column) => !there?.columns.includes(column));
      if (!there || missing.length)
        throw new Error(
          `The table ${table.schema}.${table.name} ${there ? `lacks the columns ${missing.join(', ')}` : 'does not exist'} here: restore with the version that made the backup.`,
        );
    }

    await client.query(PORTABLE_SESSION);
    await client.query('BEGIN');
    const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(
      `
      SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE contype = 'f' AND connamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY($1))`,
      [[...SCHEMAS]],
    );
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdent(key.name)}`);
    const all = [...target.values()].filter((t) => !NOT_RESTORED.has(`${t.schema}.${t.name}`)).map((t) => qualified(t.schema, t.name));
    for (const table of all) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // Rows the migrations themselves put in (counts, defaults) give way to the backup's.
    if (all.length) await client.query(`TRUNCATE ${all.join(', ')}`);
    let rows = 0;
    for (const table of load) {
      const stream = client.query(copyFrom(`COPY ${qualified(table.schema, table.name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
      await pipeline(createReadStream(path.join(dir, table.file)), stream);
      if (stream.rowCount !== table.rows) throw new Error(`${table.schema}.${table.name}: ${stream.rowCount} rows loaded, the backup has ${table.rows}.`);
      rows += table.rows;
    }
    for (const sequence of manifest.sequences) {
      const exists = (await client.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [qualified(sequence.schema, sequence.name)])).rows[0]!.ok;
      if (exists)
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(sequence.schema, sequence.name), sequence.value, sequence.isCalled]);
    }
    for (const table of all) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`);
    await client.query('COMMIT');
    log(`${load.length} tables, ${rows} rows loaded`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  // The code may be newer than the backup: its later migrations now run over the restored rows.
  await schema.migrate();
}
