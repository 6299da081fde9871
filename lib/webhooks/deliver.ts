import { prisma } from '@/lib/db';
import { safeFetch } from '@/lib/http/safe-fetch';
import { DELIVERY_HEADER, EVENT_HEADER, signBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature';

const TIMEOUT_MS = 10_000;

export class DeliveryFailed extends Error {}

/** The body a partner receives: the event, when it happened and when this attempt was sent (so each attempt is signed afresh). */
export function deliveryBody(delivery: { id: string; event: string; createdAt: Date; data: unknown }, sentAt: Date) {
  return JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    createdAt: delivery.createdAt.toISOString(),
    sentAt: sentAt.toISOString(),
    data: delivery.data,
  });
}

/**
 * Sends one delivery (a job of the runner): POST with the signature and timestamp
 * headers, bounded in time, no redirects followed. Records the attempt; throws on
 * anything but a 2xx so the job queue retries with backoff until the last attempt.
 */
export async function deliverWebhook(input: { deliveryId: string; attempt: number; maxAttempts: number }) {
  const delivery = await prisma.webhookDelivery.findUnique({ where: { id: input.deliveryId }, include: { webhook: true } });
  if (!delivery || delivery.status === 'DELIVERED' || delivery.status === 'WITHDRAWN') return { delivered: false as const, reason: 'gone' };
  if (!delivery.webhook.active) {
    await prisma.webhookDelivery.update({ where: { id: delivery.id }, data: { status: 'FAILED', error: 'The hook was switched off.' } });
    return { delivered: false as const, reason: 'inactive' };
  }
  const sentAt = new Date();
  const body = deliveryBody(delivery, sentAt);
  const started = performance.now();
  let status: number | null = null;
  let error = '';
  try {
    const response = await safeFetch(delivery.webhook.url, {
      method: 'POST',
      body,
      maxBytes: 64 * 1024,
      timeoutMs: TIMEOUT_MS,
      maxRedirects: 0,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [SIGNATURE_HEADER]: signBody(delivery.webhook.secret, body),
        [TIMESTAMP_HEADER]: String(Math.floor(sentAt.getTime() / 1000)),
        [EVENT_HEADER]: delivery.event,
        [DELIVERY_HEADER]: delivery.id,
      },
    });
    status = response.status;
    if (status < 200 || status > 299) error = `The endpoint answered ${status}.`;
  } catch (failure) {
    error = (failure as Error).message || 'The request failed.';
  }
  const ok = !error;
  const last = input.attempt >= input.maxAttempts;
  await prisma.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      attempts: { increment: 1 },
      responseStatus: status,
      responseMs: Math.round(performance.now() - started),
      error,
      lastAttemptAt: sentAt,
      status: ok ? 'DELIVERED' : last ? 'FAILED' : 'RETRYING',
      deliveredAt: ok ? new Date() : null,
    },
  });
  if (!ok) throw new DeliveryFailed(`${delivery.webhook.url}: ${error}`);
  return { delivered: true as const };
}
