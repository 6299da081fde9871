// Live coverage at scale: 2,000 readers (Server-Sent Events clients in this process)
// on one live story page; each entry published on the desk side is timed from its
// commit to its arrival at every reader. Memory per connected reader is the server's
// RSS growth. The reference, in the same run and with the same clients: a bare
// node:http server writing the same frame to the same number of connections, which
// shows what the clients themselves cost.
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemoDesk, startBenchApp } from './lib/app';
import { percentile, record, summarize, table, type Row } from './lib/report';

const READERS = Number(process.env.BENCH_LIVE_READERS ?? 2000);
const ENTRIES = Number(process.env.BENCH_LIVE_ENTRIES ?? 10);
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

type Reader = { arrivals: Map<string, number>; response?: IncomingMessage };

/** Opens `count` event streams at `url`; each records when it first saw an entry id (the `"id":"…"` in an entry frame). */
async function connectReaders(url: string, count: number): Promise<Reader[]> {
  const readers: Reader[] = [];
  const opening: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const reader: Reader = { arrivals: new Map() };
    readers.push(reader);
    opening.push(
      new Promise((resolve, reject) => {
        const request = http.get(url, { agent, headers: { accept: 'text/event-stream' } }, (response) => {
          reader.response = response;
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            const now = performance.now();
            for (const match of chunk.matchAll(/event: entry\ndata: \{"id":"([^"]+)"/g))
              if (!reader.arrivals.has(match[1]!)) reader.arrivals.set(match[1]!, now);
          });
          resolve();
        });
        request.on('error', reject);
      }),
    );
    if (i % 200 === 199) await Promise.all(opening.slice(-200)); // open in waves, as readers arrive
  }
  await Promise.all(opening);
  return readers;
}

const closeReaders = (readers: Reader[]) => readers.forEach((r) => r.response?.destroy());

function latencies(readers: Reader[], entryId: string, since: number) {
  const got = readers
    .map((r) => r.arrivals.get(entryId))
    .filter((t): t is number => t !== undefined)
    .map((t) => t - since)
    .sort((a, b) => a - b);
  return { got, within1s: got.filter((ms) => ms <= 1000).length / readers.length };
}

function rowOf(name: string, all: number[], shares: number[], missed: number, extra: Row = {}): Row {
  const sorted = [...all].sort((a, b) => a - b);
  return {
    server: name,
    readers: READERS,
    entries: shares.length,
    'within 1 s (worst entry)': `${(Math.min(...shares) * 100).toFixed(1)}%`,
    'p50 ms': percentile(sorted, 50),
    'p95 ms': percentile(sorted, 95),
    'p99 ms': percentile(sorted, 99),
    'max ms': sorted.at(-1) ?? NaN,
    missed,
    ...extra,
  };
}

/** The reference: bare node:http writing one frame to every open stream. */
async function measureBare(): Promise<Row> {
  const streams = new Set<http.ServerResponse>();
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('retry: 3000\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  });
  server.maxConnections = READERS + 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const readers = await connectReaders(url, READERS);
  const all: number[] = [];
  const shares: number[] = [];
  let missed = 0;
  const html = `<li id="entry-x" class="live-entry"><article><p class="live-meta"><time>14:05</time> · Roman Reviewer</p><div class="story-body"><p>${'Rescuers reached the town. '.repeat(8)}</p></div></article></li>`;
  for (let i = 0; i < ENTRIES; i++) {
    const id = `bare${i}`;
    const since = performance.now();
    const frame = `id: ${i}\nevent: entry\ndata: ${JSON.stringify({ id, html, pinned: false, keyEvent: false, summary: '', publishedAt: new Date().toISOString() })}\n\n`;
    for (const stream of streams) stream.write(frame);
    await new Promise((r) => setTimeout(r, 1500));
    const { got, within1s } = latencies(readers, id, since);
    all.push(...got);
    shares.push(within1s);
    missed += READERS - got.length;
  }
  closeReaders(readers);
  server.closeAllConnections();
  server.close();
  return rowOf('bare node:http, same clients (reference)', all, shares, missed, { 'server MB per 1,000 readers': '—' });
}

const app = await startBenchApp(seedDemoDesk);
process.env.DATABASE_URL = app.databaseUrl;
const rows: Row[] = [];
try {
  const { prisma } = await import('@/lib/db');
  const { saveStory } = await import('@/lib/stories/mutations');
  const { ZSaveStory } = await import('@/lib/stories/validation');
  const { transitionStory } = await import('@/lib/stories/transition');
  const { addEntry, ZAddEntry } = await import('@/lib/live/mutations');
  const { docFromParagraphs } = await import('@/lib/content/document');
  const user = await prisma.user.findFirstOrThrow({ where: { email: 'reviewer@newsroom.test' } });
  const reviewer = { id: user.id, role: user.role, name: user.name, email: user.email };
  const story = await saveStory(
    reviewer,
    ZSaveStory.parse({
      headline: `Flooding in Yakutsk: live coverage ${Date.now()}`,
      subheadline: '',
      slug: '',
      datelinePlace: 'Yakutsk',
      datelineDate: '',
      credit: '',
      sectionId: '',
      topicId: '',
      priority: 'URGENT',
      language: 'en',
      tagIds: [],
      correctionNote: '',
      embargoUntil: '',
      liveCoverage: true,
      baseVersion: 0,
      body: JSON.stringify(docFromParagraphs(['The Lena burst its banks on Monday. Follow the latest below.'])),
    }),
  );
  await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });

  // The page readers have open, then its stream.
  await fetch(`${app.origin}/news/${story.slug}`);
  const rssBefore = app.serverRss();
  const readers = await connectReaders(`${app.origin}/live/events?story=${story.slug}&since=${Date.now()}`, READERS);
  await new Promise((r) => setTimeout(r, 3000));
  const rssAfter = app.serverRss();
  const all: number[] = [];
  const shares: number[] = [];
  let missed = 0;
  for (let i = 0; i < ENTRIES; i++) {
    const since = performance.now();
    const entry = await addEntry(
      reviewer,
      ZAddEntry.parse({
        storyId: story.id,
        body: JSON.stringify(docFromParagraphs([`${'Rescuers reached the town. '.repeat(8)} (${i + 1})`])),
        keyEvent: i % 3 === 0,
      }),
    );
    await new Promise((r) => setTimeout(r, 1500));
    const { got, within1s } = latencies(readers, entry.id, since);
    all.push(...got);
    shares.push(within1s);
    missed += READERS - got.length;
  }
  const perThousand = ((rssAfter - rssBefore) / READERS) * 1000;
  rows.push(rowOf('Newsroom (front server, one instance)', all, shares, missed, { 'server MB per 1,000 readers': perThousand.toFixed(1) }));
  closeReaders(readers);
  await prisma.$disconnect();
  rows.push(await measureBare());
} finally {
  await app.stop();
}

const markdown = table(rows);
console.log(`\n${markdown}`);
if (process.env.BENCH_RECORD !== 'false') record(`Live coverage: ${READERS} readers on one live page, entry published → on every reader`, markdown);
const ours = rows[0]!;
summarize(
  `live entry → ${READERS} open reader pages`,
  `${ours['within 1 s (worst entry)']} within 1 s (p95 ${Number(ours['p95 ms']).toFixed(0)} ms, ${ours.missed} missed)`,
  '95% of readers within 1 s',
  parseFloat(String(ours['within 1 s (worst entry)'])) >= 95 && ours.missed === 0,
);
summarize('memory per connected reader', `${Number(ours['server MB per 1,000 readers']).toFixed(1)} MB per 1,000 readers`, 'measured', null);
