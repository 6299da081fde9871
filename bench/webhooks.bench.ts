// Webhook throughput: events queued in the change's transaction, delivered by the job
// runner to local receivers (in this process). One hook (its deliveries go out in
// order, one at a time) and four hooks (four queues at once); then publishing with a
// receiver that takes 5 s to answer, to show a slow partner never delays a publish.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemoDesk, startBenchApp } from './lib/app';
import { percentile, record, summarize, table, type Row } from './lib/report';

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 400);
process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'true'; // the receivers are on loopback

/** A partner endpoint: records when each event (its `data.version`) arrived; answers after `delayMs`. */
async function receiver(delayMs = 0) {
  const arrivals = new Map<number, number>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const at = performance.now();
      try {
        arrivals.set((JSON.parse(body) as { data: { version: number } }).data.version, at);
      } catch {
        /* not ours */
      }
      setTimeout(() => res.writeHead(204).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { arrivals, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

const app = await startBenchApp(seedDemoDesk);
process.env.DATABASE_URL = app.databaseUrl;
const rows: Row[] = [];
try {
  const { prisma } = await import('@/lib/db');
  const { createWebhook, setWebhookActive } = await import('@/lib/webhooks/mutations');
  const { enqueueWebhookEvent } = await import('@/lib/webhooks/enqueue');
  const admin = await prisma.user.findFirstOrThrow({ where: { email: 'admin@newsroom.test' } });
  const viewer = { id: admin.id, role: admin.role, name: admin.name, email: admin.email };

  for (const hooks of [1, 4]) {
    const receivers = await Promise.all(Array.from({ length: hooks }, () => receiver()));
    const created = await Promise.all(receivers.map((r) => createWebhook(viewer, { url: r.url, events: ['story.updated'], description: 'bench' })));
    const queuedAt = new Map<number, number>();
    const started = performance.now();
    // One event per transaction, as publishing makes them, as fast as this loop goes.
    for (let i = 0; i < EVENTS; i++) {
      await prisma.$transaction(async (tx) => {
        await enqueueWebhookEvent(
          tx,
          'story.updated',
          {
            storyId: `s${i}`,
            slug: `s-${i}`,
            url: '',
            apiUrl: '',
            headline: `Update ${i}`,
            priority: 'ROUTINE',
            language: 'en',
            translationsUrl: '',
            version: i,
            updateNumber: i,
            publishedAt: new Date().toISOString(),
            embargoUntil: null,
            killedAt: null,
          },
          null,
        );
      });
      queuedAt.set(i, performance.now());
    }
    const enqueueSeconds = (performance.now() - started) / 1000;
    const total = EVENTS * hooks;
    const deadline = performance.now() + 300_000;
    while (receivers.reduce((n, r) => n + r.arrivals.size, 0) < total && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const finished = Math.max(...receivers.flatMap((r) => [...r.arrivals.values()]));
    const lag = receivers.flatMap((r) => [...r.arrivals].map(([version, at]) => at - (queuedAt.get(version) ?? at))).sort((a, b) => a - b);
    const delivered = receivers.reduce((n, r) => n + r.arrivals.size, 0);
    rows.push({
      measure: `${hooks} hook${hooks > 1 ? 's' : ''} × ${EVENTS} events (queued at ${(EVENTS / enqueueSeconds).toFixed(0)} events/s)`,
      deliveries: delivered,
      'deliveries/s': delivered / ((finished - started) / 1000),
      'queued → received p50 ms': percentile(lag, 50),
      'p95 ms': percentile(lag, 95),
      missed: total - delivered,
    });
    for (const hook of created) await setWebhookActive(viewer, hook.id, false);
    for (const r of receivers) r.server.close();
  }

  // A partner that takes 5 s to answer: publishing goes on at its own pace.
  const { saveStory } = await import('@/lib/stories/mutations');
  const { ZSaveStory } = await import('@/lib/stories/validation');
  const { transitionStory } = await import('@/lib/stories/transition');
  const { docFromParagraphs } = await import('@/lib/content/document');
  const reviewer = await prisma.user.findFirstOrThrow({ where: { email: 'reviewer@newsroom.test' } });
  const publisher = { id: reviewer.id, role: reviewer.role, name: reviewer.name, email: reviewer.email };
  const publishTimes = async () => {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const story = await saveStory(
        publisher,
        ZSaveStory.parse({
          headline: `Flash ${i} ${Date.now()}`,
          subheadline: '',
          slug: '',
          datelinePlace: 'Moscow',
          datelineDate: '',
          credit: '',
          sectionId: '',
          topicId: '',
          priority: 'FLASH',
          language: 'en',
          tagIds: [],
          correctionNote: '',
          embargoUntil: '',
          liveCoverage: false,
          baseVersion: 0,
          body: JSON.stringify(docFromParagraphs(['Text.'])),
        }),
      );
      const t = performance.now();
      await transitionStory(publisher, { storyId: story.id, action: 'publishNow' });
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  const without = await publishTimes();
  const slow = await receiver(5_000);
  const hook = await createWebhook(viewer, { url: slow.url, events: ['story.published'], description: 'slow partner' });
  const withSlow = await publishTimes();
  rows.push({
    measure: 'publish (transition) p50 ms, no hooks',
    deliveries: '—',
    'deliveries/s': '—',
    'queued → received p50 ms': percentile(without, 50),
    'p95 ms': percentile(without, 95),
    missed: '—',
  });
  rows.push({
    measure: 'publish (transition) p50 ms, a hook that answers in 5 s',
    deliveries: '—',
    'deliveries/s': '—',
    'queued → received p50 ms': percentile(withSlow, 50),
    'p95 ms': percentile(withSlow, 95),
    missed: '—',
  });
  await setWebhookActive(viewer, hook.id, false);
  slow.server.closeAllConnections();
  slow.server.close();
  await prisma.$disconnect();
} finally {
  await app.stop();
}

const markdown = table(rows);
console.log(`\n${markdown}`);
if (process.env.BENCH_RECORD !== 'false') record('Webhooks: deliveries per second, queue → partner latency, publishing beside a slow partner', markdown);
summarize(
  'webhook deliveries (1 hook / 4 hooks)',
  `${Number(rows[0]!['deliveries/s']).toFixed(0)} / ${Number(rows[1]!['deliveries/s']).toFixed(0)} per s, p95 ${Number(rows[1]!['p95 ms']).toFixed(0)} ms, ${Number(rows[0]!.missed) + Number(rows[1]!.missed)} missed`,
  'measured',
  null,
);
summarize(
  'publish beside a 5 s webhook',
  `p95 ${Number(rows[3]!['p95 ms']).toFixed(0)} ms (no hook: ${Number(rows[2]!['p95 ms']).toFixed(0)} ms)`,
  'a slow partner never delays publishing',
  Number(rows[3]!['p95 ms']) < Number(rows[2]!['p95 ms']) * 2 + 50,
);
