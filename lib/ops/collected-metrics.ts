import { Gauge } from 'prom-client';
import { processMicroCache } from '@/lib/cache/micro-cache';
import { collabServer } from '@/lib/http/collab-registry';
import { dbPools } from './db-pools';
import { lastReadiness, PARTS, readiness } from './health';
import { metrics } from './metrics';
import { newsroomSnapshot, type NewsroomSnapshot } from './snapshot';

type CollabCounts = { hocuspocus?: { getConnectionsCount(): number; getDocumentsCount(): number } };

/**
 * Series computed when Prometheus scrapes: this process's state (micro-cache size,
 * collaboration, connection pools, readiness) and the newsroom's, read from PostgreSQL
 * (job queues, ingest, webhooks, schedules; shared by every instance, see snapshot.ts).
 * A snapshot the database cannot give leaves those series out of the scrape, and
 * `newsroom_up{part="database"}` says why.
 */
export function registerCollectedMetrics() {
  const shared = globalThis as { __newsroomCollectedMetrics?: boolean };
  if (shared.__newsroomCollectedMetrics) return;
  shared.__newsroomCollectedMetrics = true;
  const registers = [metrics().registry];
  const fromSnapshot = async (fill: (snapshot: NewsroomSnapshot) => void) => {
    const snapshot = await newsroomSnapshot().catch(() => null);
    if (snapshot) fill(snapshot);
  };

  new Gauge({
    name: 'newsroom_up', help: 'Readiness of each part as /readyz checks it (1 ready, 0 not)', labelNames: ['part'] as const, registers,
    async collect() {
      const result = await readiness().catch(() => lastReadiness());
      this.reset();
      if (result) for (const part of PARTS) this.set({ part }, result.checks[part].ok ? 1 : 0);
    },
  });
  new Gauge({
    name: 'newsroom_micro_cache_entries', help: 'Responses held by this instance\'s micro-cache', registers,
    collect() { this.set(processMicroCache()?.size ?? 0); },
  });
  new Gauge({
    name: 'newsroom_collab_connections', help: 'Open co-editing WebSocket connections on this instance', registers,
    collect() { this.set((collabServer() as CollabCounts | undefined)?.hocuspocus?.getConnectionsCount() ?? 0); },
  });
  new Gauge({
    name: 'newsroom_collab_documents', help: 'Stories open for co-editing on this instance', registers,
    collect() { this.set((collabServer() as CollabCounts | undefined)?.hocuspocus?.getDocumentsCount() ?? 0); },
  });
  new Gauge({
    name: 'newsroom_db_pool_connections', help: 'PostgreSQL connections of this process\'s pools (app: Prisma\'s; ops: health and metrics), by state', labelNames: ['pool', 'state'] as const, registers,
    collect() {
      this.reset();
      for (const [pool, stats] of dbPools()) {
        this.set({ pool, state: 'busy' }, stats.totalCount - stats.idleCount);
        this.set({ pool, state: 'idle' }, stats.idleCount);
        this.set({ pool, state: 'waiting' }, stats.waitingCount);
      }
    },
  });
  new Gauge({
    name: 'newsroom_db_pool_max', help: 'The most connections each pool of this process opens', labelNames: ['pool'] as const, registers,
    collect() {
      this.reset();
      for (const [pool, stats] of dbPools()) this.set({ pool }, stats.options.max ?? 10);
    },
  });
  new Gauge({
    name: 'newsroom_job_queue_jobs', help: 'Jobs in the queue by task and state (ready: due and waiting for a runner; running; scheduled: due later, retries included; failed: out of attempts)', labelNames: ['task', 'state'] as const, registers,
    async collect() {
      await fromSnapshot((snapshot) => {
        this.reset();
        for (const queue of snapshot.queues) for (const state of ['ready', 'running', 'scheduled', 'failed'] as const) this.set({ task: queue.task, state }, queue[state]);
      });
    },
  });
  new Gauge({
    name: 'newsroom_job_queue_oldest_ready_seconds', help: 'How long the oldest due job of each task has waited for a runner', labelNames: ['task'] as const, registers,
    async collect() {
      await fromSnapshot((snapshot) => {
        this.reset();
        for (const queue of snapshot.queues) this.set({ task: queue.task }, queue.oldestReadySeconds);
      });
    },
  });
  new Gauge({
    name: 'newsroom_job_runner_last_seen_seconds', help: 'Seconds since a job runner last reported (any instance)', registers,
    async collect() {
      await fromSnapshot((snapshot) => { if (snapshot.jobRunnerAgeSeconds !== null) this.set(snapshot.jobRunnerAgeSeconds); });
    },
  });
  new Gauge({
    name: 'newsroom_ingest_items_total', help: 'Wire items ingested by source and outcome since the database began (a counter kept in PostgreSQL: use rate() for items/s)', labelNames: ['source', 'outcome'] as const, registers,
    async collect() {
      await fromSnapshot((snapshot) => {
        this.reset();
        for (const source of snapshot.ingest) for (const outcome of ['imported', 'updated', 'unchanged', 'failed'] as const) this.set({ source: source.source, outcome }, source[outcome]);
      });
    },
  });
  new Gauge({
    name: 'newsroom_ingest_failures_total', help: 'Wire documents refused whole or feeds that could not be read, by source (a counter kept in PostgreSQL)', labelNames: ['source'] as const, registers,
    async collect() {
      await fromSnapshot((snapshot) => {
        this.reset();
        for (const source of snapshot.ingest) this.set({ source: source.source }, source.failedDocuments);
      });
    },
  });
  new Gauge({
    name: 'newsroom_ingest_last_item_seconds', help: 'Seconds since each source last brought an item', labelNames: ['source'] as const, registers,
    async collect() {
      await fromSnapshot((snapshot) => {
        this.reset();
        for (const source of snapshot.ingest) if (source.lastItemAgeSeconds !== null) this.set({ source: source.source }, source.lastItemAgeSeconds);
      });
    },
  });
  new Gauge({
    name: 'newsroom_webhook_deliveries', help: 'Webhook deliveries by outcome (pending, delivered, retrying, failed)', labelNames: ['outcome'] as const, registers,
    async collect() {
      await fromSnapshot((snapshot) => {
        this.reset();
        for (const [outcome, count] of Object.entries(snapshot.webhookDeliveries)) this.set({ outcome }, count);
      });
    },
  });
  new Gauge({
    name: 'newsroom_missed_schedules', help: 'Scheduled stories more than a minute past their time and still not published', registers,
    async collect() {
      await fromSnapshot((snapshot) => this.set(snapshot.missedSchedules));
    },
  });
}
