import { describe, expect, it } from 'vitest';
import { alertsOf, QUEUE_STALL_SECONDS } from './alerts';
import type { Readiness } from './health';
import type { NewsroomSnapshot } from './snapshot';

const now = new Date('2026-12-06T03:00:00Z');
const ok = { ok: true, ms: 1, detail: 'fine' };
const ready = (overrides: Partial<Readiness['checks']> = {}): Readiness => ({
  ok: !Object.keys(overrides).length,
  checkedAt: now,
  checks: { database: ok, jobRunner: ok, storage: ok, collaboration: ok, ...overrides },
});
const snapshot = (overrides: Partial<NewsroomSnapshot> = {}): NewsroomSnapshot => ({
  takenAt: now,
  queues: [{ task: 'publish-scheduled-story', ready: 0, running: 0, scheduled: 1, failed: 0, oldestReadySeconds: 0 }],
  ingest: [],
  webhookDeliveries: { pending: 0, delivered: 3, retrying: 0, failed: 0 },
  webhookTrouble: { failedLastDay: 0, retryingOverAnHour: 0 },
  missedSchedules: 0,
  jobRunnerAgeSeconds: 4,
  ...overrides,
});
const texts = (...args: Parameters<typeof alertsOf>) => alertsOf(...args).map((a) => a.text);

describe('system alerts', () => {
  it('nothing is red on a healthy newsroom', () => {
    expect(alertsOf(ready(), snapshot(), [{ source: 'AP', lastAttemptAt: now, lastErrorAt: new Date(now.getTime() - 60_000), lastError: 'old' }], now)).toEqual(
      [],
    );
  });

  it('a part down', () => {
    expect(texts(ready({ jobRunner: { ok: false, ms: 2, detail: 'the last job runner reported 95 s ago' } }), snapshot(), [], now)).toEqual([
      'Job runner: the last job runner reported 95 s ago',
    ]);
  });

  it('a scheduled story past its time', () => {
    expect(texts(ready(), snapshot({ missedSchedules: 2 }), [], now)).toEqual(['2 scheduled stories have missed their time']);
  });

  it('a stalled queue, and jobs out of attempts (webhook deliveries have their own alerts)', () => {
    const queues = [
      { task: 'process-image', ready: 4, running: 0, scheduled: 0, failed: 0, oldestReadySeconds: QUEUE_STALL_SECONDS + 60 },
      { task: 'publish-scheduled-story', ready: 0, running: 0, scheduled: 0, failed: 1, oldestReadySeconds: 0 },
      { task: 'deliver-webhook', ready: 0, running: 0, scheduled: 0, failed: 7, oldestReadySeconds: 0 },
    ];
    expect(texts(ready(), snapshot({ queues, webhookTrouble: { failedLastDay: 7, retryingOverAnHour: 1 } }), [], now)).toEqual([
      'Job queue stalled: process-image has had a job waiting for 6 minutes',
      '1 job of publish-scheduled-story failed every attempt',
      '7 webhook deliveries failed for good in the last 24 hours',
      '1 webhook delivery has been failing for over an hour',
    ]);
  });

  it('a source whose last ingest failed, until a later one succeeds or a day passes', () => {
    const failing = { source: 'Far East Wire', lastAttemptAt: now, lastErrorAt: now, lastError: 'Malformed XML' };
    expect(texts(ready(), snapshot(), [failing], now)).toEqual(['Ingest from Far East Wire is failing: Malformed XML']);
    expect(texts(ready(), snapshot(), [{ ...failing, lastAttemptAt: new Date(now.getTime() + 1) }], now)).toEqual([]);
    expect(texts(ready(), snapshot(), [failing], new Date(now.getTime() + 25 * 60 * 60_000))).toEqual([]);
  });

  it('without the snapshot (the database away), the parts still speak', () => {
    expect(texts(ready({ database: { ok: false, ms: 1500, detail: 'no answer in 1500 ms' } }), null, [], now)).toEqual(['Database: no answer in 1500 ms']);
  });
});
