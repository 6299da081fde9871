import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { recentErrorsInMemory, type RecordedError } from './error-recorder';
import { PART_LABELS, PARTS, readiness, type Readiness } from './health';
import { forwardingWarning } from './proxy-warning';
import { newsroomSnapshot, type NewsroomSnapshot } from './snapshot';
import { alertsOf, type SystemAlert } from './alerts';

export type SystemStatus = {
  readiness: Readiness;
  snapshot: NewsroomSnapshot | null;
  snapshotError: string | null;
  alerts: SystemAlert[];
  ingest: {
    source: string;
    lastAttemptAt: Date;
    lastItemAt: Date | null;
    lastError: string;
    lastErrorAt: Date | null;
    imported: number;
    updated: number;
    failedItems: number;
    failedDocuments: number;
  }[];
  failedDeliveries: {
    id: string;
    url: string;
    event: string;
    status: string;
    attempts: number;
    responseStatus: number | null;
    error: string;
    createdAt: Date;
    lastAttemptAt: Date | null;
  }[];
  missedSchedules: { id: string; headline: string; scheduledAt: Date }[];
  errors: RecordedError[];
  errorsFromMemory: boolean;
  proxyWarning: { peer: string; header: string; at: Date } | null;
};

const DAY_MS = 24 * 60 * 60_000;

async function details(now: Date) {
  const since = new Date(now.getTime() - DAY_MS);
  const [ingest, failedDeliveries, missedSchedules, errors] = await Promise.all([
    prisma.ingestSource.findMany({ orderBy: { lastAttemptAt: 'desc' }, take: 50 }),
    prisma.webhookDelivery.findMany({
      where: { OR: [{ status: 'FAILED', lastAttemptAt: { gte: since } }, { status: 'RETRYING' }] },
      orderBy: { createdAt: 'desc' },
      take: 20,
      include: { webhook: { select: { url: true } } },
    }),
    prisma.story.findMany({
      where: { status: 'SCHEDULED', scheduledAt: { lt: new Date(now.getTime() - 60_000) } },
      orderBy: { scheduledAt: 'asc' },
      take: 20,
      select: { id: true, headline: true, scheduledAt: true },
    }),
    prisma.systemError.findMany({ orderBy: { at: 'desc' }, take: 50 }),
  ]);
  return {
    ingest: ingest.map((row) => ({
      ...row,
      imported: Number(row.imported),
      updated: Number(row.updated),
      failedItems: Number(row.failedItems),
      failedDocuments: Number(row.failedDocuments),
    })),
    failedDeliveries: failedDeliveries.map((d) => ({
      id: d.id,
      url: d.webhook.url,
      event: d.event,
      status: d.status,
      attempts: d.attempts,
      responseStatus: d.responseStatus,
      error: d.error,
      createdAt: d.createdAt,
      lastAttemptAt: d.lastAttemptAt,
    })),
    missedSchedules: missedSchedules.map((s) => ({ id: s.id, headline: s.headline, scheduledAt: s.scheduledAt! })),
    errors: errors.map((e) => ({ at: e.at, process: e.process, module: e.module, message: e.message, requestId: e.requestId })),
  };
}

/**
 * Everything the System page shows (admins): each part's state, queues, ingest per
 * source, failing webhook deliveries, missed schedules and the newest errors. With the
 * database down it still answers, from what this process knows.
 */
export async function getSystemStatus(viewer: Viewer, now = new Date()): Promise<SystemStatus> {
  assertCan(viewer, 'system.view');
  const [ready, snapshot, rows] = await Promise.all([
    readiness(),
    newsroomSnapshot().then(
      (value) => ({ value, error: null }),
      (error: Error) => ({ value: null, error: error.message }),
    ),
    details(now).catch(() => null),
  ]);
  const warning = forwardingWarning();
  return {
    readiness: ready,
    snapshot: snapshot.value,
    snapshotError: snapshot.error,
    alerts: alertsOf(ready, snapshot.value, rows?.ingest ?? [], now),
    ingest: rows?.ingest ?? [],
    failedDeliveries: rows?.failedDeliveries ?? [],
    missedSchedules: rows?.missedSchedules ?? [],
    errors: rows?.errors ?? [...recentErrorsInMemory()],
    errorsFromMemory: !rows,
    proxyWarning: warning ?? null,
  };
}

type Cached = { at: number; alerts: SystemAlert[] };
const shared = globalThis as { __newsroomSystemAlerts?: Cached; __newsroomSystemAlertsRunning?: Promise<SystemAlert[]> };
const ALERTS_FRESH_MS = 5_000;

/**
 * What is red right now, for the banner on every admin desk page: read at most every
 * five seconds however many pages ask (the same checks as the System page).
 */
export async function systemAlerts(viewer: Viewer, now = new Date()): Promise<SystemAlert[]> {
  assertCan(viewer, 'system.view');
  const cached = shared.__newsroomSystemAlerts;
  if (cached && now.getTime() - cached.at < ALERTS_FRESH_MS) return cached.alerts;
  shared.__newsroomSystemAlertsRunning ??= (async () => {
    const [ready, snapshot, ingest] = await Promise.all([
      readiness(),
      newsroomSnapshot().catch(() => null),
      prisma.ingestSource.findMany({ select: { source: true, lastAttemptAt: true, lastErrorAt: true, lastError: true } }).catch(() => []),
    ]);
    const alerts = alertsOf(ready, snapshot, ingest, now);
    shared.__newsroomSystemAlerts = { at: Date.now(), alerts };
    return alerts;
  })().finally(() => {
    shared.__newsroomSystemAlertsRunning = undefined;
  });
  return shared.__newsroomSystemAlertsRunning;
}

export { PART_LABELS, PARTS };
