// What operations cost readers: the cached story page under wrk with per-request
// metrics, logs and tracing on (spans exported over OTLP) against the same app with them
// off, in the same run, alternating, beside bare node:http sending the same bytes. Besides
// throughput, the server's CPU time per request (from /proc), which a machine shared with
// other work disturbs far less than req/s.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { findFreePort } from '../scripts/lib/embedded-postgres';
import { seedDemoDesk, startBenchApp, type BenchInstance } from './lib/app';
import { wrk, wrkRow } from './lib/wrk';
import { record, summarize, table, type Row } from './lib/report';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const ROUNDS = 3;
const TICKS_PER_SECOND = 100; // Linux's USER_HZ

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
const SEED_SLUG = 'putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin';

/** An OTLP/HTTP endpoint that takes the spans and throws them away (a collector's first step), counting what it got. */
async function startSpanSink(): Promise<{ url: string; bytes: () => number; server: Server }> {
  let bytes = 0;
  const server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.byteLength;
    });
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, bytes: () => bytes, server };
}

const load = async (url: string, connections = CONNECTIONS) => wrk(url, { connections, seconds: DURATION, threads: 1 });
/** A wrk run against an instance, with the server's CPU microseconds per request. */
async function measure(instance: BenchInstance, path: string, connections = CONNECTIONS) {
  const before = cpuSeconds(instance.serverPid());
  const result = await load(instance.origin + path, connections);
  const cpu = cpuSeconds(instance.serverPid()) - before;
  return { ...wrkRow(result), 'CPU µs/request': Math.round((cpu * 1e6) / Math.max(1, result.requests)) };
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const warm = async (url: string) => {
  for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
};

const sink = await startSpanSink();
// Three instances started the same way on one database (the app `npm start` runs holds the
// database and stays idle): per-request telemetry off; metrics and logs on with tracing off;
// everything on. The middle one splits what tracing costs from what metrics and logs cost.
process.env.NEWSROOM_REQUEST_TELEMETRY = 'false';
const app = await startBenchApp(seedDemoDesk);
const metricsToken = 'bench-metrics-token-0123456789';
const off: BenchInstance = await app.startSecondInstance({ NEWSROOM_REQUEST_TELEMETRY: 'false' });
const untraced = await app.startSecondInstance({ NEWSROOM_REQUEST_TELEMETRY: 'true', NEWSROOM_METRICS_TOKEN: metricsToken });
const on = await app.startSecondInstance({
  NEWSROOM_REQUEST_TELEMETRY: 'true',
  OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
  OTEL_SERVICE_NAME: 'newsroom-bench',
  NEWSROOM_METRICS_TOKEN: metricsToken,
});
try {
  const story = `/news/${SEED_SLUG}`;
  await warm(off.origin + story);
  await warm(untraced.origin + story);
  await warm(on.origin + story);
  type Sample = Awaited<ReturnType<typeof measure>>;
  const samples = { off: [] as Sample[], untraced: [] as Sample[], on: [] as Sample[] };
  for (let round = 0; round < ROUNDS; round++) {
    samples.off.push(await measure(off, story));
    samples.untraced.push(await measure(untraced, story));
    samples.on.push(await measure(on, story));
  }
  const summary = (name: string, list: Sample[]): Row => ({
    route: name,
    connections: CONNECTIONS,
    'req/s': median(list.map((r) => r['req/s'])),
    'p50 (ms)': median(list.map((r) => r['p50 (ms)'])),
    'p99 (ms)': median(list.map((r) => r['p99 (ms)'])),
    'CPU µs/request': median(list.map((r) => r['CPU µs/request'])),
    errors: list.reduce((a, r) => a + r.errors, 0),
    'non-2xx': list.reduce((a, r) => a + r['non-2xx'], 0),
  });
  const rows: Row[] = [
    summary(`cached story page, request telemetry off (median of ${ROUNDS})`, samples.off),
    summary(`cached story page, metrics + logs + tracing on (median of ${ROUNDS})`, samples.on),
    summary(`cached story page, metrics + logs on, tracing off (median of ${ROUNDS})`, samples.untraced),
  ];

  // The limit on this machine: the same bytes from memory through bare node:http.
  const page = await fetch(off.origin + story, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await page.arrayBuffer());
  const headers = Object.fromEntries([...page.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'x-newsroom-cache'].includes(name)));
  const bare = createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  const barePort = await findFreePort();
  await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));
  rows.push({
    route: 'bare node:http, the same response from memory',
    connections: CONNECTIONS,
    ...wrkRow(await load(`http://127.0.0.1:${barePort}/`)),
    'CPU µs/request': '—',
  });
  bare.close();

  // For scale, a route every request of which enters the app (and is traced when on): the stories API.
  const api = '/api/v1/stories';
  await warm(off.origin + api);
  await warm(on.origin + api);
  rows.push({ route: 'stories API (uncached), telemetry off', connections: 10, ...(await measure(off, api, 10)) });
  rows.push({ route: 'stories API (uncached), metrics + logs + tracing on', connections: 10, ...(await measure(on, api, 10)) });

  const [offRow, onRow, untracedRow] = rows as [Row, Row, Row];
  const cost = 1 - Number(onRow['req/s']) / Number(offRow['req/s']);
  const cpuCost = Number(onRow['CPU µs/request']) / Number(offRow['CPU µs/request']) - 1;
  const apiOff = rows.find((r) => String(r.route).startsWith('stories API (uncached), telemetry off'))!;
  const apiOn = rows.find((r) => String(r.route).startsWith('stories API (uncached), metrics'))!;
  const apiCpuCost = Number(apiOn['CPU µs/request']) / Number(apiOff['CPU µs/request']) - 1;
  const pct = (value: number) => `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
  const markdown =
    `${table(rows)}\n\nCached story page with metrics, logs and tracing on, against off: throughput ${pct(-cost)} (${onRow['req/s']} vs ${offRow['req/s']} req/s), ` +
    `server CPU per request ${pct(cpuCost)} (${onRow['CPU µs/request']} vs ${offRow['CPU µs/request']} µs); with tracing off and metrics + logs on, throughput ${pct(Number(untracedRow['req/s']) / Number(offRow['req/s']) - 1)} and CPU per request ${pct(Number(untracedRow['CPU µs/request']) / Number(offRow['CPU µs/request']) - 1)}. ` +
    `Medians of ${ROUNDS} rounds alternating off / untraced / on, three instances started the same way. ` +
    `Micro-cache hits are counted and timed but not traced (they never enter the app). On the stories API, where every request is traced and logged, CPU per request ${pct(apiCpuCost)}. ` +
    `The span sink received ${(sink.bytes() / 1024 / 1024).toFixed(1)} MiB of OTLP. ${DURATION} s per run, wrk (one thread), client and servers on the same 2-core machine, which other work shared during the run: req/s moves with it, CPU per request much less.`;
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Operations: telemetry on vs off', markdown);
  summarize(
    'metrics + tracing cost on the cached story page (throughput lost)',
    `${pct(cost)} (${onRow['req/s']} vs ${offRow['req/s']} req/s)`,
    '< 5%',
    cost < 0.05,
  );
  summarize(
    'metrics + tracing cost on the cached story page (server CPU per request added)',
    `${pct(cpuCost)} (${onRow['CPU µs/request']} vs ${offRow['CPU µs/request']} µs)`,
    '< 5%',
    cpuCost < 0.05,
  );
  summarize('metrics + logs + tracing on an uncached, traced route (stories API, CPU per request)', pct(apiCpuCost), '—', null);
} finally {
  await on.stop();
  await untraced.stop();
  await off.stop();
  await app.stop();
  sink.server.close();
}
