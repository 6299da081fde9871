import { PART_LABELS, PARTS, type Readiness } from './health';
import type { NewsroomSnapshot } from './snapshot';

/** Something red: shown on the System page and in the banner on every admin desk page. */
export type SystemAlert = { key: string; text: string };

/** A due job waiting longer than this means the runners are stuck or too few. */
export const QUEUE_STALL_SECONDS = 5 * 60;
const DAY_MS = 24 * 60 * 60_000;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const minutes = (seconds: number) => plural(Math.round(seconds / 60), 'minute', 'minutes');

type IngestRow = { source: string; lastAttemptAt: Date; lastErrorAt: Date | null; lastError: string };

/**
 * What is red, from the readiness checks, the shared snapshot and ingest per source
 * (pure, so each rule is tested on its own): a part down, a scheduled story past its
 * time, a queue stalled, jobs out of attempts, webhook deliveries failing, a source whose
 * last ingest failed.
 */
export function alertsOf(ready: Readiness | undefined, snapshot: NewsroomSnapshot | null, ingest: readonly IngestRow[], now: Date): SystemAlert[] {
  const alerts: SystemAlert[] = [];
  for (const part of PARTS) {
    const check = ready?.checks[part];
    if (check && !check.ok) alerts.push({ key: `part:${part}`, text: `${PART_LABELS[part]}: ${check.detail}` });
  }
  if (snapshot) {
    if (snapshot.missedSchedules)
      alerts.push({
        key: 'schedules',
        text: `${plural(snapshot.missedSchedules, 'scheduled story has', 'scheduled stories have')} missed ${snapshot.missedSchedules === 1 ? 'its' : 'their'} time`,
      });
    for (const queue of snapshot.queues) {
      if (queue.oldestReadySeconds > QUEUE_STALL_SECONDS)
        alerts.push({ key: `queue:${queue.task}`, text: `Job queue stalled: ${queue.task} has had a job waiting for ${minutes(queue.oldestReadySeconds)}` });
      // Webhook deliveries that ran out of attempts have their own alert below (the task is DELIVER_WEBHOOK_TASK).
      if (queue.failed && queue.task !== 'deliver-webhook')
        alerts.push({ key: `failed:${queue.task}`, text: `${plural(queue.failed, 'job', 'jobs')} of ${queue.task} failed every attempt` });
    }
    const { failedLastDay, retryingOverAnHour } = snapshot.webhookTrouble;
    if (failedLastDay)
      alerts.push({ key: 'webhooks:failed', text: `${plural(failedLastDay, 'webhook delivery', 'webhook deliveries')} failed for good in the last 24 hours` });
    if (retryingOverAnHour)
      alerts.push({
        key: 'webhooks:retrying',
        text: `${plural(retryingOverAnHour, 'webhook delivery has', 'webhook deliveries have')} been failing for over an hour`,
      });
  }
  for (const source of ingest) {
    const failedLast = source.lastErrorAt && source.lastErrorAt.getTime() >= source.lastAttemptAt.getTime();
    if (failedLast && now.getTime() - source.lastAttemptAt.getTime() < DAY_MS)
      alerts.push({ key: `ingest:${source.source}`, text: `Ingest from ${source.source} is failing: ${source.lastError}` });
  }
  return alerts;
}
