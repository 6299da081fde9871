import type { StreamEntry } from 'pino';
import { opsPool } from '@/lib/telemetry/db-pools';

/** An error as the System page lists it. */
export type RecordedError = { at: Date; process: string; module: string; message: string; requestId: string | null };

const KEEP_ROWS = 1_000;
const MAX_PER_FLUSH = 50;
const FLUSH_MS = 1_000;
const RECENT_IN_MEMORY = 50;
const shared = globalThis as { __newsroomRecentErrors?: RecordedError[] };

/** The newest errors this process logged (kept in memory too: the database may be what is failing). */
export const recentErrorsInMemory = (): readonly RecordedError[] => shared.__newsroomRecentErrors ?? [];

/**
 * A log stream for error lines: each is kept in memory and, in batches once a second,
 * written to `SystemError` (the newest 1,000 kept), so the System page shows errors
 * from every process. A flood is capped at MAX_PER_FLUSH a second; a database that
 * cannot take them is noted on stderr once, not logged (which would loop).
 */
export function errorRecorder(processName: string): StreamEntry {
  const pending: RecordedError[] = [];
  let dropped = 0;
  let failing = false;
  const recent = (shared.__newsroomRecentErrors ??= []);

  const flush = async () => {
    if (!pending.length && !dropped) return;
    const batch = pending.splice(0, pending.length);
    if (dropped)
      batch.push({
        at: new Date(),
        process: processName,
        module: 'ops',
        message: `${dropped} more errors in the last second were not recorded`,
        requestId: null,
      });
    dropped = 0;
    try {
      await opsPool().query(
        `INSERT INTO "SystemError" (id, at, process, module, message, "requestId")
         SELECT gen_random_uuid()::text, (e.at AT TIME ZONE 'UTC'), e.process, e.module, e.message, e.request_id
         FROM jsonb_to_recordset($1::jsonb) AS e(at timestamptz, process text, module text, message text, request_id text)`,
        [JSON.stringify(batch.map((e) => ({ at: e.at.toISOString(), process: e.process, module: e.module, message: e.message, request_id: e.requestId })))],
      );
      await opsPool().query(`DELETE FROM "SystemError" WHERE at < (SELECT at FROM "SystemError" ORDER BY at DESC OFFSET ${KEEP_ROWS} LIMIT 1)`);
      failing = false;
    } catch (error) {
      if (!failing) process.stderr.write(`[ops] could not record errors in the database: ${(error as Error).message}\n`);
      failing = true;
    }
  };
  const timer = setInterval(() => void flush(), FLUSH_MS);
  timer.unref();

  return {
    level: 'error',
    stream: {
      write(line: string) {
        let record: { time?: string; module?: string; msg?: string; err?: { message?: string }; requestId?: string };
        try {
          record = JSON.parse(line);
        } catch {
          return;
        }
        const message =
          [record.msg, record.err?.message && record.err.message !== record.msg ? record.err.message : ''].filter(Boolean).join(': ').slice(0, 2_000) ||
          '(no message)';
        const error: RecordedError = {
          at: record.time ? new Date(record.time) : new Date(),
          process: processName,
          module: record.module ?? '',
          message,
          requestId: record.requestId ?? null,
        };
        recent.unshift(error);
        if (recent.length > RECENT_IN_MEMORY) recent.pop();
        if (pending.length < MAX_PER_FLUSH) pending.push(error);
        else dropped++;
      },
    },
  };
}
