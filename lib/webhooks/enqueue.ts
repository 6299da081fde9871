import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { addJobs } from '@/lib/jobs/queue';
import type { WebhookEvent, WebhookEventData } from './events';

/** The graphile-worker task that sends one delivery. */
export const DELIVER_WEBHOOK_TASK = 'deliver-webhook';
/** Attempts before a delivery is given up; graphile-worker waits e^n seconds before attempt n+1 (3 s, 7 s, 20 s … about 45 min in all). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/**
 * When partners may hear of a story: when readers may see it. An event about a story
 * under embargo is held until the embargo lifts (the one rule for every event: publish,
 * update, kill, live entries), and carries the embargo besides.
 */
export function deliverableAt(visibleAt: Date | null, now = new Date()): Date | null {
  return visibleAt && visibleAt > now ? visibleAt : null;
}

/**
 * Queues one delivery per active hook that asked for the event, in the caller's
 * transaction: a partner hears of a change only if it committed, and publishing never
 * waits for a partner. `visibleAt` is when readers may see the story (its publication's):
 * until then the delivery is held. Deliveries run on a job runner of their own
 * (scripts/worker.ts), so a slow partner never holds up a scheduled publication either.
 */
export async function enqueueWebhookEvent(tx: Tx, event: WebhookEvent, data: WebhookEventData, visibleAt: Date | null) {
  const hooks = await tx.webhook.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (!hooks.length) return 0;
  const notBefore = deliverableAt(visibleAt);
  const deliveries = await tx.webhookDelivery.createManyAndReturn({
    data: hooks.map((hook) => ({ webhookId: hook.id, event, data: data as unknown as Prisma.InputJsonValue, notBefore })),
    select: { id: true, webhookId: true, notBefore: true },
  });
  await queueDeliveries(tx, deliveries);
  return deliveries.length;
}

export async function queueDeliveries(tx: Pick<Tx, '$executeRaw'>, deliveries: { id: string; webhookId: string; notBefore?: Date | null }[]) {
  await addJobs(
    tx,
    DELIVER_WEBHOOK_TASK,
    deliveries.map((d) => ({ payload: { deliveryId: d.id }, runAt: deliverableAt(d.notBefore ?? null) })),
    { maxAttempts: WEBHOOK_MAX_ATTEMPTS },
  );
}

/**
 * A story withdrawn before readers could see it (killed under embargo): the events held
 * for it are never sent, and no partner hears of the kill either. Returns how many.
 */
export async function withdrawHeldDeliveries(tx: Tx, storyId: string, now = new Date()) {
  const withdrawn = await tx.webhookDelivery.updateMany({
    where: { status: 'PENDING', notBefore: { gt: now }, data: { path: ['storyId'], equals: storyId } },
    data: { status: 'WITHDRAWN', error: 'Killed before its embargo lifted: never sent.' },
  });
  return withdrawn.count;
}
