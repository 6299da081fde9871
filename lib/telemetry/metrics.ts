import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client), served at /metrics by the front server.
 * Kept on globalThis: the server and the app's modules (bundled apart by Next) count
 * into the same registry. Series read from PostgreSQL at scrape time (queues, ingest,
 * webhooks, schedules) are registered by `db-metrics.ts`; those describing the whole
 * newsroom are the same from every instance (aggregate them with max, not sum).
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'newsroom_http_request_duration_seconds',
      help: 'Requests answered by the front server, by route group, method and status (its _count is the request rate)',
      labelNames: ['group', 'method', 'status'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    microCache: new Counter({
      name: 'newsroom_micro_cache_requests_total',
      help: 'Public page requests answered from the in-memory micro-cache (hit) or rendered (miss)',
      labelNames: ['result'] as const,
      registers,
    }),
    purges: new Counter({
      name: 'newsroom_cache_purges_total',
      help: 'Purges sent to the HTTP cache in front (Varnish, Fastly, Cloudflare), by purger and outcome',
      labelNames: ['purger', 'outcome'] as const,
      registers,
    }),
    purgeDuration: new Histogram({
      name: 'newsroom_cache_purge_duration_seconds',
      help: 'Time a purge of the cache in front took',
      labelNames: ['purger'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    publishVisible: new Histogram({
      name: 'newsroom_publish_visible_seconds',
      help: 'From a public change committed (publish, update, kill) to every cache here and in front no longer serving the old page',
      labelNames: ['scope'] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers,
    }),
    actions: new Histogram({
      name: 'newsroom_action_duration_seconds',
      help: 'Server Actions by name and outcome (ok, refused: a domain error shown to the person, error: unexpected)',
      labelNames: ['action', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    liveReaders: new Gauge({
      name: 'newsroom_live_readers',
      help: 'Open live-update streams (Server-Sent Events) of readers on this instance',
      registers,
    }),
  };
}

export type OpsMetrics = ReturnType<typeof createMetrics>;
const shared = globalThis as { __newsroomMetrics?: OpsMetrics };

export function metrics(): OpsMetrics {
  return (shared.__newsroomMetrics ??= createMetrics());
}
