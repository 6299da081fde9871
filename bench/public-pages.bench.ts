// The reader site under load: cached pages, first renders, shipped JavaScript, memory.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { findFreePort } from '../scripts/lib/embedded-postgres';
import { startVarnish, varnishInstalled } from '../scripts/lib/varnish';
import { startBenchApp } from './lib/app';
import { wrk, wrkRow } from './lib/wrk';
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

// One wrk thread on one core, the server on the other.
const load = async (url: string): Promise<Row> => wrkRow(await wrk(url, { connections: CONNECTIONS, seconds: DURATION, threads: 1 }));

// Varnish in front, purged by the app (NEWSROOM_PURGER=varnish), when Debian's varnish is here.
const varnishPort = await findFreePort();
const withVarnish = varnishInstalled();
if (withVarnish) Object.assign(process.env, { NEWSROOM_PURGER: 'varnish', NEWSROOM_VARNISH_URLS: `http://127.0.0.1:${varnishPort}` });
const app = await startBenchApp(fill);
const varnish = withVarnish ? await startVarnish({ backend: { host: '127.0.0.1', port: Number(new URL(app.origin).port) }, port: varnishPort }) : null;
try {
  const rows: Row[] = [];
  const warm = async (url: string) => {
    for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
  };
  for (const [name, path] of [
    ['home (cached)', '/'],
    ['story page (cached)', `/news/${SEED_SLUG}`],
    ['tag page (cached)', '/tag/kremlin'],
    ['/rss.xml (cached)', '/rss.xml'],
    ['sitemap page (cached)', '/sitemaps/stories-1.xml'],
  ] as const) {
    await warm(app.origin + path); // rendered once, so what is measured is the cached page
    rows.push({ route: name, connections: CONNECTIONS, ...(await load(app.origin + path)) });
  }

  // The limit on this machine: the very bytes of the cached story page (status line,
  // headers and body, as wrk receives them) sent from memory by a bare node:http server.
  const page = await fetch(`${app.origin}/news/${SEED_SLUG}`, { headers: { 'accept-encoding': 'identity' } });
  const bytes = Buffer.from(await page.arrayBuffer());
  const headers = Object.fromEntries([...page.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'x-newsroom-cache'].includes(name)));
  if (Number(headers['content-length']) !== bytes.byteLength) throw new Error('the reference must send the very bytes the app sent');
  const bare = createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(bytes);
  });
  const barePort = await findFreePort();
  await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));
  const limit = await load(`http://127.0.0.1:${barePort}/`);
  bare.close();
  rows.push({ route: `bare node:http, the same ${(bytes.byteLength / 1024).toFixed(1)} KiB response from memory`, connections: CONNECTIONS, ...limit });
  if (varnish) {
    await warm(varnish.url + `/news/${SEED_SLUG}`);
    rows.push({ route: 'story page through Varnish (cached)', connections: CONNECTIONS, ...(await load(varnish.url + `/news/${SEED_SLUG}`)) });
  }
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
  rows.push({
    route: 'story page (first render, uncached)',
    connections: 1,
    'req/s': Math.round(1000 / (firstRenders.reduce((a, b) => a + b, 0) / firstRenders.length)),
    'p50 (ms)': percentile(firstRenders, 50),
    'p99 (ms)': percentile(firstRenders, 99),
    errors: 0,
    'non-2xx': 0,
  });

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
  const viaVarnish = rows.find((r) => r.route === 'story page through Varnish (cached)');
  const markdown = `${table(rows)}\n\nCached story page: ${(ratio * 100).toFixed(0)}% of bare node:http sending the same bytes, measured in the same run.${viaVarnish ? ` Through Varnish: ${viaVarnish['req/s']} req/s.` : ' Varnish not installed: not measured.'} Story page JavaScript: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzipped); editor code in the page: ${editorShipped ? 'yes' : 'no'}. Server RSS after the cached runs: ${rss.toFixed(0)} MiB. ${DURATION} s per route, wrk (one thread), ${CONNECTIONS} connections, no Accept-Encoding, client and server on the same 2-core machine.`;
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Reader site', markdown);
  const uncached = rows.find((r) => String(r.route).startsWith('story page (first render'))!;
  summarize(
    'cached story page vs bare node:http (50 connections)',
    `${(ratio * 100).toFixed(0)}% (${story['req/s']} vs ${limit['req/s']} req/s)`,
    '≥ 60%',
    ratio >= 0.6,
  );
  summarize('cached story page p99 (50 connections)', `${story['p99 (ms)']} ms`, '< 10 ms', Number(story['p99 (ms)']) < 10);
  if (viaVarnish)
    summarize('cached story page through Varnish vs direct', `${viaVarnish['req/s']} vs ${story['req/s']} req/s, p99 ${viaVarnish['p99 (ms)']} ms`, '—', null);
  summarize('uncached story render p50', `${Number(uncached['p50 (ms)']).toFixed(1)} ms`, '< 30 ms', Number(uncached['p50 (ms)']) < 30);
  summarize('server RSS after the reader load', `${rss.toFixed(0)} MiB`, '—', null);
} finally {
  await varnish?.stop();
  await app.stop();
}
