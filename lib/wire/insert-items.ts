import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/** A new wire item's row, as ingest builds it. */
export type WireItemRow = Prisma.WireItemCreateManyInput;

const COLUMNS = [
  'id',
  'source',
  'guid',
  'version',
  'format',
  'pubStatus',
  'urgency',
  'headline',
  'subheadline',
  'byline',
  'credit',
  'datelinePlace',
  'language',
  'body',
  'bodyText',
  'meta',
  'receivedAt',
  'updatedAt',
  'versionCreatedAt',
  'embargoUntil',
  'signals',
  'flags',
  'edNote',
  'killedAt',
  'tagIds',
] as const;
const LIST = COLUMNS.map((c) => `"${c}"`).join(', ');

/**
 * Writes many new wire items in one statement, the rows sent as one JSON parameter and
 * expanded by PostgreSQL (`json_populate_recordset`): about three times faster than
 * `createMany`, whose per-field parameters dominate at ingest volumes. All or nothing:
 * a conflicting row fails the statement, and the caller retries the rows one by one.
 */
export async function insertWireItems(rows: WireItemRow[]): Promise<{ id: string; source: string; guid: string }[]> {
  if (!rows.length) return [];
  const now = new Date();
  const records = rows.map((row) => {
    const record: Record<string, unknown> = { ...row, id: randomUUID(), updatedAt: now, receivedAt: row.receivedAt ?? now };
    return Object.fromEntries(COLUMNS.map((column) => [column, record[column] ?? null]));
  });
  return prisma.$queryRawUnsafe<{ id: string; source: string; guid: string }[]>(
    `INSERT INTO "WireItem" (${LIST}) SELECT ${LIST} FROM json_populate_recordset(NULL::"WireItem", $1::json) RETURNING id, source, guid`,
    JSON.stringify(records),
  );
}
