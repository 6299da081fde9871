import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { addJobs } from '@/lib/jobs/queue';
import type { WebhookEvent, WebhookEventData } from './events';

/** The graphile-worker task that sends one delivery. */
export const DELIVER_WEBHOOK_TASK = 'deliver-webhook';
/** Attempts before a delivery is given up; graphile-worker waits e^n seconds before attempt n+1 (3 s, 7 s, 20 s … about 45 min in all). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/**
 * Queues one delivery per active hook that asked for the event, in the caller's
 * transaction: a partner hears of a change only if it committed, and publishing never
 * waits for a partner. Deliveries run on a job runner of their own (scripts/worker.ts),
 * so a slow partner never holds up a scheduled publication either.
 */
export async function enqueueWebhookEvent(tx: Tx, event: WebhookEvent, data: WebhookEventData) {
  const hooks = await tx.webhook.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (!hooks.length) return 0;
  const deliveries = await tx.webhookDelivery.createManyAndReturn({
    data: hooks.map((hook) => ({ webhookId: hook.id, event, data: data as unknown as Prisma.InputJsonValue })),
    select: { id: true, webhookId: true },
  });
  await queueDeliveries(tx, deliveries);
  return deliveries.length;
}

export async function queueDeliveries(tx: Pick<Tx, '$executeRaw'>, deliveries: { id: string; webhookId: string }[]) {
  await addJobs(tx, DELIVER_WEBHOOK_TASK, deliveries.map((d) => ({ payload: { deliveryId: d.id } })), { maxAttempts: WEBHOOK_MAX_ATTEMPTS });
}
