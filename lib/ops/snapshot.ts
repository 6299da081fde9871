import { opsPool } from '@/lib/telemetry/db-pools';
import { JOB_RUNNER } from './heartbeat-policy';

export type QueueState = { task: string; ready: number; running: number; scheduled: number; failed: number; oldestReadySeconds: number };
export type IngestState = {
  source: string;
  imported: number;
  updated: number;
  unchanged: number;
  failed: number;
  failedDocuments: number;
  lastItemAgeSeconds: number | null;
};
export type NewsroomSnapshot = {
  takenAt: Date;
  queues: QueueState[];
  ingest: IngestState[];
  webhookDeliveries: Record<'pending' | 'delivered' | 'retrying' | 'failed', number>;
  /** Deliveries failed for good in the last day; deliveries still retrying an hour after they were made. */
  webhookTrouble: { failedLastDay: number; retryingOverAnHour: number };
  missedSchedules: number;
  jobRunnerAgeSeconds: number | null;
};

/** Scheduled stories this long past their time count as missed. */
export const MISSED_AFTER = "interval '1 minute'";
// Prisma's columns are UTC timestamps without a zone: compared with the server's clock in UTC, whatever its TimeZone.
const NOW_UTC = "(now() AT TIME ZONE 'UTC')";
const FRESH_FOR_MS = 5_000;

async function take(): Promise<NewsroomSnapshot> {
  const pool = opsPool();
  const [queues, ingest, deliveries, missed, runner] = await Promise.all([
    pool.query<{ task: string; ready: number; running: number; scheduled: number; failed: number; oldest: number }>(`
      SELECT t.identifier AS task,
        count(j.id) FILTER (WHERE j.locked_at IS NULL AND j.attempts < j.max_attempts AND j.run_at <= now())::int AS ready,
        count(j.id) FILTER (WHERE j.locked_at IS NOT NULL)::int AS running,
        count(j.id) FILTER (WHERE j.locked_at IS NULL AND j.attempts < j.max_attempts AND j.run_at > now())::int AS scheduled,
        count(j.id) FILTER (WHERE j.attempts >= j.max_attempts)::int AS failed,
        coalesce(extract(epoch FROM now() - min(j.run_at) FILTER (WHERE j.locked_at IS NULL AND j.attempts < j.max_attempts AND j.run_at <= now())), 0)::float8 AS oldest
      FROM graphile_worker._private_tasks t LEFT JOIN graphile_worker._private_jobs j ON j.task_id = t.id
      GROUP BY t.identifier ORDER BY t.identifier`),
    pool.query<{ source: string; imported: string; updated: string; unchanged: string; failedItems: string; failedDocuments: string; age: number | null }>(`
      SELECT source, imported, updated, unchanged, "failedItems", "failedDocuments", extract(epoch FROM ${NOW_UTC} - "lastItemAt")::float8 AS age
      FROM "IngestSource" ORDER BY source`),
    pool.query<{ status: string; count: number; failed_day: number; retrying_hour: number }>(`
      SELECT status::text AS status, count(*)::int AS count,
        count(*) FILTER (WHERE status = 'FAILED' AND "lastAttemptAt" > ${NOW_UTC} - interval '1 day')::int AS failed_day,
        count(*) FILTER (WHERE status = 'RETRYING' AND "createdAt" < ${NOW_UTC} - interval '1 hour')::int AS retrying_hour
      FROM "WebhookDelivery" GROUP BY status`),
    pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Story" WHERE status = 'SCHEDULED' AND "scheduledAt" < ${NOW_UTC} - ${MISSED_AFTER}`),
    pool.query<{ age: number | null }>(`SELECT extract(epoch FROM ${NOW_UTC} - max("seenAt"))::float8 AS age FROM "ProcessHeartbeat" WHERE kind = $1`, [
      JOB_RUNNER,
    ]),
  ]);
  const webhookDeliveries = { pending: 0, delivered: 0, retrying: 0, failed: 0 };
  for (const row of deliveries.rows) webhookDeliveries[row.status.toLowerCase() as keyof typeof webhookDeliveries] = row.count;
  return {
    takenAt: new Date(),
    queues: queues.rows.map((row) => ({
      task: row.task,
      ready: row.ready,
      running: row.running,
      scheduled: row.scheduled,
      failed: row.failed,
      oldestReadySeconds: row.oldest,
    })),
    ingest: ingest.rows.map((row) => ({
      source: row.source,
      imported: Number(row.imported),
      updated: Number(row.updated),
      unchanged: Number(row.unchanged),
      failed: Number(row.failedItems),
      failedDocuments: Number(row.failedDocuments),
      lastItemAgeSeconds: row.age === null ? null : Math.max(0, row.age),
    })),
    webhookDeliveries,
    webhookTrouble: {
      failedLastDay: deliveries.rows.reduce((sum, row) => sum + row.failed_day, 0),
      retryingOverAnHour: deliveries.rows.reduce((sum, row) => sum + row.retrying_hour, 0),
    },
    missedSchedules: missed.rows[0]?.count ?? 0,
    jobRunnerAgeSeconds: runner.rows[0]?.age ?? null,
  };
}

type State = { last?: NewsroomSnapshot; running?: Promise<NewsroomSnapshot> };
const shared = globalThis as { __newsroomSnapshot?: State };
const state = (shared.__newsroomSnapshot ??= {});

/**
 * The newsroom's shared state for /metrics and the System page: job queues per task,
 * ingest per source, webhook deliveries, missed schedules, the job runner's heartbeat.
 * Read at most every five seconds however often it is asked.
 */
export async function newsroomSnapshot(): Promise<NewsroomSnapshot> {
  if (state.last && Date.now() - state.last.takenAt.getTime() < FRESH_FOR_MS) return state.last;
  state.running ??= take()
    .then((snapshot) => (state.last = snapshot))
    .finally(() => {
      state.running = undefined;
    });
  return state.running;
}
