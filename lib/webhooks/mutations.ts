import 'server-only';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { zLine } from '@/lib/text/fields';
import { queueDeliveries } from './enqueue';
import { WEBHOOK_EVENTS } from './events';
import { newWebhookSecret } from './signature';
import { webhookTargetProblem } from './target';

export const ZCreateWebhook = z.object({
  url: zLine(500, 'Keep the address to 500 characters.').min(1, 'Enter the address to send events to.'),
  events: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(WEBHOOK_EVENTS)).min(1, 'Choose at least one event.'),
  ),
  description: zLine(120, 'Keep the description to 120 characters.').default(''),
});

/** Registers an endpoint; its signing secret is returned once. */
export async function createWebhook(viewer: Viewer, input: z.output<typeof ZCreateWebhook>) {
  assertCan(viewer, 'webhook.manage');
  const problem = await webhookTargetProblem(input.url);
  if (problem) throw new AppError('INVALID_INPUT', 'This address cannot receive webhooks.', { url: [problem] });
  const secret = newWebhookSecret();
  return prisma.$transaction(async (tx) => {
    const hook = await tx.webhook.create({
      data: { url: input.url, events: [...new Set(input.events)], description: input.description, secret, createdById: viewer.id },
      select: { id: true, url: true },
    });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'webhook.create', note: `${input.url}: ${input.events.join(', ')}` } });
    return { ...hook, secret };
  });
}

export async function setWebhookActive(viewer: Viewer, id: string, active: boolean) {
  assertCan(viewer, 'webhook.manage');
  const hook = await prisma.webhook.findUnique({ where: { id } });
  if (!hook) throw new AppError('NOT_FOUND', 'That webhook no longer exists.');
  await prisma.$transaction([
    prisma.webhook.update({ where: { id }, data: { active } }),
    prisma.auditEvent.create({ data: { actorId: viewer.id, action: active ? 'webhook.enable' : 'webhook.disable', note: hook.url } }),
  ]);
}

export async function deleteWebhook(viewer: Viewer, id: string) {
  assertCan(viewer, 'webhook.manage');
  const hook = await prisma.webhook.findUnique({ where: { id } });
  if (!hook) throw new AppError('NOT_FOUND', 'That webhook no longer exists.');
  await prisma.$transaction([
    prisma.webhook.delete({ where: { id } }),
    prisma.auditEvent.create({ data: { actorId: viewer.id, action: 'webhook.delete', note: hook.url } }),
  ]);
}

/** Sends a past delivery's event again, as a new delivery in the hook's log. */
export async function redeliver(viewer: Viewer, deliveryId: string) {
  assertCan(viewer, 'webhook.manage');
  return prisma.$transaction(async (tx) => {
    const past = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: { select: { active: true } } } });
    if (!past) throw new AppError('NOT_FOUND', 'That delivery no longer exists.');
    if (!past.webhook.active) throw new AppError('INVALID_INPUT', 'Switch the webhook on before redelivering.');
    if (past.status === 'WITHDRAWN')
      throw new AppError('INVALID_INPUT', 'This event was withdrawn: the story was killed before its embargo lifted, so no partner may hear of it.');
    // A redelivery is held like the event it repeats, until the story's embargo lifts.
    const fresh = await tx.webhookDelivery.create({
      data: { webhookId: past.webhookId, event: past.event, data: past.data as object, notBefore: past.notBefore },
      select: { id: true, webhookId: true, notBefore: true },
    });
    await queueDeliveries(tx, [fresh]);
    return fresh;
  });
}
