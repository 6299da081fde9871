import { Gauge } from 'prom-client';
import { processMicroCache } from '@/lib/cache/micro-cache';
import { collabServer } from '@/lib/http/collab-registry';
import { dbPools } from '@/lib/telemetry/db-pools';
import { lastReadiness, PARTS, readiness } from './health';
import { metrics } from '@/lib/telemetry/metrics';
import { newsroomSnapshot, type NewsroomSnapshot } from './snapshot';

type CollabCounts = { hocuspocus?: { getConnectionsCount(): number; getDocumentsCount(): number } };

type Sample = [labels: Record<string, string>, value: number];
/** A series read when Prometheus scrapes: its samples, or null to keep what it showed (the database could not give a snapshot). */
type CollectedSeries = { name: string; help: string; labelNames?: readonly string[]; read: () => Sample[] | null | Promise<Sample[] | null> };

const one = (value: number): Sample[] => [[{}, value]];
const collabCounts = () => (collabServer() as CollabCounts | undefined)?.hocuspocus;
/** Samples from the newsroom's snapshot, or null when PostgreSQL cannot give one. */
const fromSnapshot = (samples: (snapshot: NewsroomSnapshot) => Sample[]) => async () => {
  const snapshot = await newsroomSnapshot().catch(() => null);
  return snapshot ? samples(snapshot) : null;
};
const QUEUE_STATES = ['ready', 'running', 'scheduled', 'failed'] as const;
const INGEST_OUTCOMES = ['imported', 'updated', 'unchanged', 'failed'] as const;

const SERIES: CollectedSeries[] = [
  {
    name: 'newsroom_up',
    help: 'Readiness of each part as /readyz checks it (1 ready, 0 not)',
    labelNames: ['part'],
    read: async () => {
      const result = await readiness().catch(() => lastReadiness());
      return result ? PARTS.map((part): Sample => [{ part }, result.checks[part].ok ? 1 : 0]) : [];
    },
  },
  { name: 'newsroom_micro_cache_entries', help: "Responses held by this instance's micro-cache", read: () => one(processMicroCache()?.size ?? 0) },
  {
    name: 'newsroom_collab_connections',
    help: 'Open co-editing WebSocket connections on this instance',
    read: () => one(collabCounts()?.getConnectionsCount() ?? 0),
  },
  { name: 'newsroom_collab_documents', help: 'Stories open for co-editing on this instance', read: () => one(collabCounts()?.getDocumentsCount() ?? 0) },
  {
    name: 'newsroom_db_pool_connections',
    help: "PostgreSQL connections of this process's pools (app: Prisma's; ops: health and metrics), by state",
    labelNames: ['pool', 'state'],
    read: () =>
      [...dbPools()].flatMap(([pool, stats]): Sample[] => [
        [{ pool, state: 'busy' }, stats.totalCount - stats.idleCount],
        [{ pool, state: 'idle' }, stats.idleCount],
        [{ pool, state: 'waiting' }, stats.waitingCount],
      ]),
  },
  {
    name: 'newsroom_db_pool_max',
    help: 'The most connections each pool of this process opens',
    labelNames: ['pool'],
    read: () => [...dbPools()].map(([pool, stats]): Sample => [{ pool }, stats.options.max ?? 10]),
  },
  {
    name: 'newsroom_job_queue_jobs',
    help: 'Jobs in the queue by task and state (ready: due and waiting for a runner; running; scheduled: due later, retries included; failed: out of attempts)',
    labelNames: ['task', 'state'],
    read: fromSnapshot((snapshot) => snapshot.queues.flatMap((queue) => QUEUE_STATES.map((state): Sample => [{ task: queue.task, state }, queue[state]]))),
  },
  {
    name: 'newsroom_job_queue_oldest_ready_seconds',
    help: 'How long the oldest due job of each task has waited for a runner',
    labelNames: ['task'],
    read: fromSnapshot((snapshot) => snapshot.queues.map((queue): Sample => [{ task: queue.task }, queue.oldestReadySeconds])),
  },
  {
    name: 'newsroom_job_runner_last_seen_seconds',
    help: 'Seconds since a job runner last reported (any instance)',
    read: fromSnapshot((snapshot) => (snapshot.jobRunnerAgeSeconds === null ? [] : one(snapshot.jobRunnerAgeSeconds))),
  },
  {
    name: 'newsroom_ingest_items_total',
    help: 'Wire items ingested by source and outcome since the database began (a counter kept in PostgreSQL: use rate() for items/s)',
    labelNames: ['source', 'outcome'],
    read: fromSnapshot((snapshot) =>
      snapshot.ingest.flatMap((source) => INGEST_OUTCOMES.map((outcome): Sample => [{ source: source.source, outcome }, source[outcome]])),
    ),
  },
  {
    name: 'newsroom_ingest_failures_total',
    help: 'Wire documents refused whole or feeds that could not be read, by source (a counter kept in PostgreSQL)',
    labelNames: ['source'],
    read: fromSnapshot((snapshot) => snapshot.ingest.map((source): Sample => [{ source: source.source }, source.failedDocuments])),
  },
  {
    name: 'newsroom_ingest_last_item_seconds',
    help: 'Seconds since each source last brought an item',
    labelNames: ['source'],
    read: fromSnapshot((snapshot) =>
      snapshot.ingest.flatMap((source): Sample[] => (source.lastItemAgeSeconds === null ? [] : [[{ source: source.source }, source.lastItemAgeSeconds]])),
    ),
  },
  {
    name: 'newsroom_webhook_deliveries',
    help: 'Webhook deliveries by outcome (pending, delivered, retrying, failed)',
    labelNames: ['outcome'],
    read: fromSnapshot((snapshot) => Object.entries(snapshot.webhookDeliveries).map(([outcome, count]): Sample => [{ outcome }, count])),
  },
  {
    name: 'newsroom_missed_schedules',
    help: 'Scheduled stories more than a minute past their time and still not published',
    read: fromSnapshot((snapshot) => one(snapshot.missedSchedules)),
  },
];

/**
 * Series computed when Prometheus scrapes (SERIES above): this process's state
 * (micro-cache size, collaboration, connection pools, readiness) and the newsroom's, read
 * from PostgreSQL (job queues, ingest, webhooks, schedules; shared by every instance, see
 * snapshot.ts). A labelled series is replaced whole on each scrape; when the database
 * cannot give a snapshot, those series keep their last values and `newsroom_up{part="database"}`
 * says why.
 */
export function registerCollectedMetrics() {
  const shared = globalThis as { __newsroomCollectedMetrics?: boolean };
  if (shared.__newsroomCollectedMetrics) return;
  shared.__newsroomCollectedMetrics = true;
  const registers = [metrics().registry];
  for (const series of SERIES) {
    const labelled = Boolean(series.labelNames?.length);
    new Gauge({
      name: series.name,
      help: series.help,
      labelNames: series.labelNames ?? [],
      registers,
      async collect() {
        const samples = await series.read();
        if (!samples) return;
        if (labelled) this.reset();
        for (const [labels, value] of samples) this.set(labels, value);
      },
    });
  }
}
