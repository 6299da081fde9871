// The reader site under load: cached pages, first renders, shipped JavaScript, memory.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { findFreePort } from '../scripts/lib/embedded-postgres';
import autocannon from 'autocannon';
import { startBenchApp } from './lib/app';
import { percentile, record, summarize, table, type Row } from './lib/report';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const EXTRA_STORIES = 300;
const SEED_SLUG = 'putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin';

async function fill(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemoDesk } = await import('../prisma/seed/seed-demo-desk');
  const { prisma } = await import('@/lib/db');
  await seedDemoDesk();
  // Copies of the seed story, published, for first-render measurements.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Story" (id, slug, status, headline, subheadline, "datelinePlace", "datelineDate", credit, body, "bodyText", language, priority, "sectionId", "topicId", "authorId", version, "createdAt", "updatedAt", "publishedAt", "firstPublishedAt")
    SELECT 'bench-' || n, s.slug || '-' || n, 'PUBLISHED', s.headline || ' (' || n || ')', s.subheadline, s."datelinePlace", s."datelineDate", s.credit, s.body, s."bodyText", s.language, s.priority, s."sectionId", s."topicId", s."authorId", 1, now(), now(), now() - n * interval '1 minute', now() - n * interval '1 minute'
    FROM "Story" s, generate_series(1, ${EXTRA_STORIES}) n WHERE s.slug = '${SEED_SLUG}'`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Publication" ("storyId", slug, headline, subheadline, "datelinePlace", "datelineDate", credit, body, "bodyText", language, priority, "sectionId", "topicId", "storyVersion", "firstPublishedAt", "publishedAt", "visibleAt")
    SELECT s.id, s.slug, s.headline, s.subheadline, s."datelinePlace", s."datelineDate", s.credit, s.body, s."bodyText", s.language, s.priority, s."sectionId", s."topicId", 1, s."firstPublishedAt", s."publishedAt", s."publishedAt"
    FROM "Story" s WHERE s.id LIKE 'bench-%'`);
  await prisma.$disconnect();
}

async function load(url: string): Promise<Row> {
  await fetch(url); // render once, so what is measured is the cached page
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    'req/s': Math.round(result.requests.average), 'p50 (ms)': result.latency.p50, 'p99 (ms)': result.latency.p99,
    errors: result.errors + result.timeouts, 'non-2xx': result.non2xx,
  };
}

const app = await startBenchApp(fill);
try {
  const rows: Row[] = [];
  for (const [name, path] of [['home (cached)', '/'], ['story page (cached)', `/news/${SEED_SLUG}`], ['tag page (cached)', '/tag/kremlin'], ['/rss.xml (cached)', '/rss.xml'], ['sitemap page (cached)', '/sitemaps/stories-1.xml']] as const) {
    rows.push({ route: name, connections: CONNECTIONS, ...(await load(app.origin + path)) });
  }

  // The limit on this machine: the same story page's bytes from memory by a bare node:http server.
  const page = await fetch(`${app.origin}/news/${SEED_SLUG}`);
  const bytes = Buffer.from(await page.arrayBuffer());
  const bare = createServer((_req, res) => { res.writeHead(200, { 'content-type': page.headers.get('content-type') ?? 'text/html', 'content-length': bytes.byteLength }); res.end(bytes); });
  const barePort = await findFreePort();
  await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));
  const limit = await load(`http://127.0.0.1:${barePort}/`);
  bare.close();
  rows.push({ route: `bare node:http, same ${(bytes.byteLength / 1024).toFixed(0)} KiB story page from memory`, connections: CONNECTIONS, ...limit });
  const story = rows.find((r) => r.route === 'story page (cached)')!;
  const ratio = Number(story['req/s']) / Number(limit['req/s']);
  const rss = app.serverRss();

  // First render: stories no one has asked for yet, one at a time.
  const firstRenders: number[] = [];
  for (let n = 1; n <= 100; n++) {
    const start = performance.now();
    const response = await fetch(`${app.origin}/news/${SEED_SLUG}-${n}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`story ${n}: ${response.status}`);
    firstRenders.push(performance.now() - start);
  }
  firstRenders.sort((a, b) => a - b);
  rows.push({ route: 'story page (first render, uncached)', connections: 1, 'req/s': Math.round(1000 / (firstRenders.reduce((a, b) => a + b, 0) / firstRenders.length)), 'p50 (ms)': percentile(firstRenders, 50), 'p99 (ms)': percentile(firstRenders, 99), errors: 0, 'non-2xx': 0 });

  // What a story page makes a reader download in JavaScript.
  const html = await (await fetch(`${app.origin}/news/${SEED_SLUG}`)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, app.origin))).arrayBuffer());
    raw += body.byteLength;
    gzip += gzipSync(body).byteLength;
  }
  const editorShipped = html.includes('tiptap') || html.includes('ProseMirror');
  const markdown = `${table(rows)}\n\nCached story page: ${(ratio * 100).toFixed(0)}% of the bare node:http limit measured in the same run. Story page JavaScript: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzipped); editor code in the page: ${editorShipped ? 'yes' : 'no'}. Server RSS after the cached runs: ${rss.toFixed(0)} MiB. ${DURATION} s per route, autocannon, ${CONNECTIONS} connections, client and server on the same 2-core machine.`;
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Reader site', markdown);
  const uncached = rows.find((r) => String(r.route).startsWith('story page (first render'))!;
  summarize('cached story page vs bare node:http (50 connections)', `${(ratio * 100).toFixed(0)}% (${story['req/s']} vs ${limit['req/s']} req/s)`, '≥ 40%', ratio >= 0.4);
  summarize('cached story page p99 (50 connections)', `${story['p99 (ms)']} ms`, '< 50 ms', Number(story['p99 (ms)']) < 50);
  summarize('uncached story render p50', `${Number(uncached['p50 (ms)']).toFixed(1)} ms`, '< 30 ms', Number(uncached['p50 (ms)']) < 30);
  summarize('server RSS after the reader load', `${rss.toFixed(0)} MiB`, '—', null);
} finally {
  await app.stop();
}
