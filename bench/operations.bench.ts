// What operations cost readers: the cached story page under wrk with per-request
// metrics, logs and tracing on (spans exported over OTLP) against the same app with them
// off, in the same run, alternating, beside bare node:http sending the same bytes.
import { createServer, type Server } from 'node:http';
import { findFreePort } from '../scripts/lib/embedded-postgres';
import { seedDemoDesk, startBenchApp, type BenchInstance } from './lib/app';
import { wrk, wrkRow } from './lib/wrk';
import { record, summarize, table, type Row } from './lib/report';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const ROUNDS = 2;
const SEED_SLUG = 'putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin';

/** An OTLP/HTTP endpoint that takes the spans and throws them away (a collector's first step), counting what it got. */
async function startSpanSink(): Promise<{ url: string; bytes: () => number; server: Server }> {
  let bytes = 0;
  const server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => { bytes += chunk.byteLength; });
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, bytes: () => bytes, server };
}

const load = async (url: string, connections = CONNECTIONS) => wrk(url, { connections, seconds: DURATION, threads: 1 });
const warm = async (url: string) => { for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer(); };
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const sink = await startSpanSink();
// The app as `npm start` runs it, with per-request telemetry off; a second instance with it on.
process.env.NEWSROOM_REQUEST_TELEMETRY = 'false';
const app = await startBenchApp(seedDemoDesk);
const off: BenchInstance = app;
const on = await app.startSecondInstance({ NEWSROOM_REQUEST_TELEMETRY: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_SERVICE_NAME: 'newsroom-bench', NEWSROOM_METRICS_TOKEN: 'bench-metrics-token-0123456789' });
try {
  const story = `/news/${SEED_SLUG}`;
  await warm(off.origin + story);
  await warm(on.origin + story);
  const samples = { off: [] as ReturnType<typeof wrkRow>[], on: [] as ReturnType<typeof wrkRow>[] };
  for (let round = 0; round < ROUNDS; round++) {
    samples.off.push(wrkRow(await load(off.origin + story)));
    samples.on.push(wrkRow(await load(on.origin + story)));
  }
  const summary = (name: string, list: ReturnType<typeof wrkRow>[]): Row => ({
    route: name, connections: CONNECTIONS, 'req/s': Math.round(mean(list.map((r) => r['req/s']))),
    'p50 (ms)': Number(mean(list.map((r) => r['p50 (ms)'])).toFixed(2)), 'p99 (ms)': Number(mean(list.map((r) => r['p99 (ms)'])).toFixed(2)),
    errors: list.reduce((a, r) => a + r.errors, 0), 'non-2xx': list.reduce((a, r) => a + r['non-2xx'], 0),
  });
  const rows: Row[] = [
    summary(`cached story page, request telemetry off (mean of ${ROUNDS})`, samples.off),
    summary(`cached story page, metrics + logs + tracing on (mean of ${ROUNDS})`, samples.on),
  ];

  // The limit on this machine: the same bytes from memory through bare node:http.
  const page = await fetch(off.origin + story, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await page.arrayBuffer());
  const headers = Object.fromEntries([...page.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'x-newsroom-cache'].includes(name)));
  const bare = createServer((_req, res) => { res.writeHead(200, headers); res.end(body); });
  const barePort = await findFreePort();
  await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));
  rows.push({ route: 'bare node:http, the same response from memory', connections: CONNECTIONS, ...wrkRow(await load(`http://127.0.0.1:${barePort}/`)) });
  bare.close();

  // For scale, a route every request of which enters the app (and is traced when on): the stories API.
  const api = '/api/v1/stories';
  await warm(off.origin + api);
  await warm(on.origin + api);
  rows.push({ route: 'stories API (uncached), telemetry off', connections: 10, ...wrkRow(await load(off.origin + api, 10)) });
  rows.push({ route: 'stories API (uncached), metrics + logs + tracing on', connections: 10, ...wrkRow(await load(on.origin + api, 10)) });

  const [offRow, onRow] = rows as [Row, Row];
  const cost = 1 - Number(onRow['req/s']) / Number(offRow['req/s']);
  const apiOff = rows.find((r) => String(r.route).startsWith('stories API (uncached), telemetry off'))!;
  const apiOn = rows.find((r) => String(r.route).startsWith('stories API (uncached), metrics'))!;
  const apiCost = 1 - Number(apiOn['req/s']) / Number(apiOff['req/s']);
  const markdown = `${table(rows)}\n\nCached story page: metrics, logs and tracing cost ${(cost * 100).toFixed(1)}% of throughput (${onRow['req/s']} vs ${offRow['req/s']} req/s, rounds alternating off/on). `
    + `Micro-cache hits are counted and timed but not traced (they never enter the app); on the stories API, where every request is traced, the cost is ${(apiCost * 100).toFixed(1)}%. `
    + `The span sink received ${(sink.bytes() / 1024 / 1024).toFixed(1)} MiB of OTLP. ${DURATION} s per run, wrk (one thread), client and servers on the same 2-core machine.`;
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Operations: telemetry on vs off', markdown);
  summarize('metrics + tracing cost on the cached story page', `${(cost * 100).toFixed(1)}% (${onRow['req/s']} vs ${offRow['req/s']} req/s)`, '< 5%', cost < 0.05);
  summarize('metrics + tracing cost on an uncached, traced route (stories API)', `${(apiCost * 100).toFixed(1)}%`, '—', null);
} finally {
  await on.stop();
  await app.stop();
  sink.server.close();
}
