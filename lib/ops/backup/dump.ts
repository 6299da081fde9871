import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { qualified, quoteIdent, SCHEMAS, type SequenceEntry, type TableEntry } from './format';

/** Session settings for COPY text that reads back the same anywhere (as pg_dump sets them). */
export const PORTABLE_SESSION =
  "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET client_encoding = 'UTF8'";

/** The tables of the backed-up schemas, each with its stored columns (generated columns are computed again on restore). */
export async function listTables(client: pg.Client) {
  const { rows } = await client.query<{ schema: string; name: string; columns: string[] }>(
    `
    SELECT n.nspname AS schema, c.relname AS name,
      array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE c.relkind = 'r' AND n.nspname = ANY($1)
    GROUP BY n.nspname, c.relname ORDER BY n.nspname, c.relname`,
    [[...SCHEMAS]],
  );
  return rows;
}

/**
 * Writes every table as COPY text into `dir/db/`, all inside one REPEATABLE READ, read-only
 * transaction: one instant of the database, however long the copy takes and whatever
 * the newsroom writes meanwhile (the way pg_dump does it).
 */
export async function dumpDatabase(databaseUrl: string, dir: string) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'newsroom-backup' });
  await client.connect();
  try {
    await client.query(PORTABLE_SESSION);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const server = (await client.query<{ version: string }>('SELECT version()')).rows[0]!.version;
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
    const migrations = (
      await client.query<{ name: string }>(
        'SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      )
    ).rows.map((r) => r.name);
    const jobQueue = await client.query<{ id: number | null }>(
      "SELECT CASE WHEN to_regclass('graphile_worker.migrations') IS NULL THEN NULL ELSE (SELECT max(id) FROM graphile_worker.migrations) END AS id",
    );
    await mkdir(path.join(dir, 'db'), { recursive: true });
    const tables: TableEntry[] = [];
    for (const table of await listTables(client)) {
      const file = `db/${table.schema}.${table.name}.copy`;
      const stream = client.query(copyTo(`COPY ${qualified(table.schema, table.name)} (${table.columns.map(quoteIdent).join(', ')}) TO STDOUT`));
      await pipeline(stream, createWriteStream(path.join(dir, file)));
      tables.push({ ...table, rows: stream.rowCount, file });
    }
    const sequences: SequenceEntry[] = [];
    const { rows: names } = await client.query<{ schema: string; name: string }>(
      'SELECT schemaname AS schema, sequencename AS name FROM pg_sequences WHERE schemaname = ANY($1) ORDER BY 1, 2',
      [[...SCHEMAS]],
    );
    for (const { schema, name } of names) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(schema, name)}`);
      sequences.push({ schema, name, value: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    await client.query('COMMIT');
    return { server, database, migrations, jobQueueMigration: jobQueue.rows[0]?.id ?? null, tables, sequences };
  } finally {
    await client.end();
  }
}
