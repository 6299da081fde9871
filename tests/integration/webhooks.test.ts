import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { docFromParagraphs } from '@/lib/content/document';
import { env } from '@/lib/env';
import { addEntry } from '@/lib/live/mutations';
import { transitionStory } from '@/lib/stories/transition';
import { utcToZonedInput } from '@/lib/time/zoned';
import { deliverWebhook } from '@/lib/webhooks/deliver';
import { createWebhook, deleteWebhook, redeliver } from '@/lib/webhooks/mutations';
import { verifySignature } from '@/lib/webhooks/signature';
import { webhookTargetProblem } from '@/lib/webhooks/target';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

type Received = { headers: IncomingMessage['headers']; body: string };

/** A partner's endpoint: answers with the next status in `plan` (then 200), keeps what it got. */
function receiver(plan: number[]) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(plan.shift() ?? 200).end('ok');
    });
  });
  return { received, server, url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/newsroom` };
}

describe('webhooks on PostgreSQL', () => {
  const saved = process.env.NEWSROOM_ALLOW_PRIVATE_FETCH;
  beforeAll(() => {
    process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'true';
  });
  afterAll(() => {
    process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = saved;
  });

  it('refuses addresses that are not http(s), carry credentials, or point at this machine or a private network', async () => {
    expect(await webhookTargetProblem('ftp://partner.example/x', false)).toMatch(/http or https/);
    expect(await webhookTargetProblem('not an address', false)).toMatch(/full address/);
    expect(await webhookTargetProblem('https://user:pw@partner.example/x', false)).toMatch(/password/);
    for (const local of [
      'http://127.0.0.1:9/x',
      'http://10.1.2.3/x',
      'http://192.168.0.10/x',
      'http://[::1]/x',
      'http://169.254.169.254/latest',
      'http://localhost:3000/x',
    ]) {
      expect(await webhookTargetProblem(local, false), local).toMatch(/private|local|this machine/);
    }
    expect(await webhookTargetProblem('http://127.0.0.1:9/x', true)).toBeNull();
    const admin = await seedUser('ADMIN');
    process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'false';
    try {
      await expect(createWebhook(admin, { url: 'http://127.0.0.1:9/x', events: ['story.published'], description: '' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fieldErrors: { url: [expect.stringMatching(/private or local/)] },
      });
    } finally {
      process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'true';
    }
    const editor = await seedUser('EDITOR');
    await expect(createWebhook(editor, { url: 'https://partner.example/x', events: ['story.published'], description: '' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('queues signed deliveries with the change (publish, update, kill), retries a 500, logs each attempt, and redelivers', async () => {
    const partner = receiver([500]);
    await new Promise<void>((resolve) => partner.server.listen(0, '127.0.0.1', resolve));
    const admin = await seedUser('ADMIN');
    const hook = await createWebhook(admin, { url: partner.url(), events: ['story.published', 'story.updated', 'story.killed'], description: 'test partner' });
    try {
      const story = await saveStoryInput(
        admin,
        storyInput({ headline: `Blast reported at port ${Date.now()}`, priority: 'FLASH', body: docFromParagraphs(['']) }),
      );
      await transitionStory(admin, { storyId: story.id, action: 'publishNow' });
      const first = await prisma.webhookDelivery.findFirstOrThrow({
        where: { webhookId: hook.id, event: 'story.published', data: { path: ['storyId'], equals: story.id } },
      });
      expect(first).toMatchObject({ status: 'PENDING', attempts: 0 });
      // The job was queued in the same transaction.
      const jobs = await prisma.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM graphile_worker._private_jobs j WHERE j.payload->>'deliveryId' = ${first.id}`;
      expect(jobs[0]?.n).toBe(1);

      await expect(deliverWebhook({ deliveryId: first.id, attempt: 1, maxAttempts: 8 })).rejects.toThrow(/answered 500/);
      expect(await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
        status: 'RETRYING',
        attempts: 1,
        responseStatus: 500,
      });
      await deliverWebhook({ deliveryId: first.id, attempt: 2, maxAttempts: 8 });
      const done = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } });
      expect(done).toMatchObject({ status: 'DELIVERED', attempts: 2, responseStatus: 200, error: '' });
      expect(done.responseMs).toBeGreaterThanOrEqual(0);

      expect(partner.received).toHaveLength(2);
      for (const { headers, body } of partner.received) {
        expect(verifySignature(hook.secret, body, headers['x-newsroom-signature'] as string)).toBe(true);
        expect(verifySignature('whsec_wrong', body, headers['x-newsroom-signature'] as string)).toBe(false);
        const sent = JSON.parse(body);
        expect(headers['x-newsroom-timestamp']).toBe(String(Math.floor(Date.parse(sent.sentAt) / 1000)));
        expect(headers['x-newsroom-event']).toBe('story.published');
        expect(headers['x-newsroom-delivery']).toBe(first.id);
        expect(sent).toMatchObject({
          id: first.id,
          event: 'story.published',
          data: { storyId: story.id, slug: story.slug, updateNumber: 0, priority: 'FLASH' },
        });
      }

      // An update is numbered and told as such; a kill too.
      const current = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
      await saveStoryInput(
        admin,
        storyInput({
          id: story.id,
          baseVersion: current.version,
          headline: `${current.headline} (update)`,
          priority: 'FLASH',
          body: docFromParagraphs(['Two people were hurt, officials said.']),
        }),
      );
      await transitionStory(admin, { storyId: story.id, action: 'publishNow' });
      const update = await prisma.webhookDelivery.findFirstOrThrow({
        where: { webhookId: hook.id, event: 'story.updated', data: { path: ['storyId'], equals: story.id } },
      });
      expect(update.data).toMatchObject({ updateNumber: 1, headline: expect.stringMatching(/\(update\)$/) });
      expect(await prisma.publicationVersion.findMany({ where: { storyId: story.id } })).toEqual([expect.objectContaining({ number: 1 })]);
      await transitionStory(admin, { storyId: story.id, action: 'kill', note: 'Wrong port.' });
      const kill = await prisma.webhookDelivery.findFirstOrThrow({
        where: { webhookId: hook.id, event: 'story.killed', data: { path: ['storyId'], equals: story.id } },
      });
      expect(kill.data).toMatchObject({ headline: '', killedAt: expect.any(String) });

      // Redeliver: a new delivery of the same event in the log.
      const again = await redeliver(admin, first.id);
      await deliverWebhook({ deliveryId: again.id, attempt: 1, maxAttempts: 8 });
      expect(JSON.parse(partner.received.at(-1)!.body)).toMatchObject({ id: again.id, event: 'story.published', data: { storyId: story.id } });

      // The last attempt that fails marks the delivery failed.
      partner.server.close();
      const last = await redeliver(admin, first.id);
      await expect(deliverWebhook({ deliveryId: last.id, attempt: 8, maxAttempts: 8 })).rejects.toThrow();
      expect(await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({
        status: 'FAILED',
        attempts: 1,
        responseStatus: null,
        error: expect.any(String),
      });
    } finally {
      await deleteWebhook(admin, hook.id);
      partner.server.close();
    }
  });

  it('never sends to a private address at delivery time unless allowed (a name re-pointed after registration)', async () => {
    const partner = receiver([]);
    await new Promise<void>((resolve) => partner.server.listen(0, '127.0.0.1', resolve));
    const admin = await seedUser('ADMIN');
    const hook = await createWebhook(admin, { url: partner.url(), events: ['story.killed'], description: '' });
    try {
      const delivery = await prisma.webhookDelivery.create({ data: { webhookId: hook.id, event: 'story.killed', data: {} } });
      process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'false';
      await expect(deliverWebhook({ deliveryId: delivery.id, attempt: 1, maxAttempts: 8 })).rejects.toThrow(/private or local/);
      expect(partner.received).toHaveLength(0);
    } finally {
      process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'true';
      await deleteWebhook(admin, hook.id);
      partner.server.close();
    }
  });
  it('holds every event of a story under embargo until it lifts (live entries too, with the embargo in them), and withdraws them unsent when it is killed first', async () => {
    const admin = await seedUser('ADMIN');
    const hook = await createWebhook(admin, {
      url: 'http://127.0.0.1:9/hooks',
      events: ['story.published', 'story.killed', 'live.entry'],
      description: 'embargo partner',
    });
    try {
      const embargo = new Date(Date.now() + 3_600_000);
      const story = await saveStoryInput(
        admin,
        storyInput({
          headline: `Budget under embargo ${Date.now()}`,
          priority: 'URGENT',
          liveCoverage: true,
          embargoUntil: utcToZonedInput(embargo, env().NEWSROOM_TIMEZONE),
          body: docFromParagraphs(['The budget will be announced at noon.']),
        }),
      );
      await transitionStory(admin, { storyId: story.id, action: 'publishNow' });
      await addEntry(admin, { storyId: story.id, body: docFromParagraphs(['Ministers arrive.']), keyEvent: false, pinned: false });
      const held = await prisma.webhookDelivery.findMany({ where: { webhookId: hook.id }, orderBy: { createdAt: 'asc' } });
      expect(held.map((d) => d.event)).toEqual(['story.published', 'live.entry']);
      for (const delivery of held) {
        expect(delivery.status).toBe('PENDING');
        expect(Math.abs(delivery.notBefore!.getTime() - embargo.getTime())).toBeLessThan(60_000);
        // The job waits for the embargo's end.
        const [job] = await prisma.$queryRaw<
          { run_at: Date }[]
        >`SELECT run_at FROM graphile_worker._private_jobs WHERE payload->>'deliveryId' = ${delivery.id}`;
        expect(job!.run_at.getTime()).toBe(delivery.notBefore!.getTime());
      }
      expect((held[1]!.data as { embargoUntil: string | null }).embargoUntil).toBe(held[0]!.notBefore!.toISOString());

      // Killed before the embargo lifted: nothing is ever sent, not even the kill.
      await transitionStory(admin, { storyId: story.id, action: 'kill', note: 'Withdrawn before release.' });
      const after = await prisma.webhookDelivery.findMany({ where: { webhookId: hook.id }, orderBy: { event: 'desc' } });
      expect(after.map((d) => [d.event, d.status])).toEqual([
        ['story.published', 'WITHDRAWN'],
        ['live.entry', 'WITHDRAWN'],
      ]);
      for (const delivery of after) expect(await deliverWebhook({ deliveryId: delivery.id, attempt: 1, maxAttempts: 8 })).toMatchObject({ delivered: false });
      await expect(redeliver(admin, after[0]!.id)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    } finally {
      await deleteWebhook(admin, hook.id);
    }
  });
});
