import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { registerCollectedMetrics } from './collected-metrics';
import { readiness } from './health';
import { moduleLogger } from '@/lib/telemetry/logger';
import { metrics } from '@/lib/telemetry/metrics';

const NO_STORE = { 'cache-control': 'no-store' };
const JSON_TYPE = 'application/json; charset=utf-8';

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE, ...headers });
  res.end(body);
}

function tokenMatches(header: string | undefined, token: string) {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function serveMetrics(res: ServerResponse) {
  registerCollectedMetrics();
  const registry = metrics().registry;
  const body = await registry.metrics();
  send(res, 200, body, { 'content-type': registry.contentType });
}

/**
 * Answers `/healthz` (the process answers), `/readyz` (it can serve: 503 naming what
 * failed) and `/metrics` (Prometheus), never cached by anyone. On the app's port
 * /metrics needs `Authorization: Bearer $NEWSROOM_METRICS_TOKEN` and is a 404 without
 * that setting; on the admin port (`NEWSROOM_METRICS_PORT`) it is open. Returns false for
 * any other request.
 */
export function answerOpsRequest(req: IncomingMessage, res: ServerResponse, options: { adminPort?: boolean } = {}): boolean {
  const path = (req.url ?? '/').split('?', 1)[0];
  if (path !== '/healthz' && path !== '/readyz' && path !== '/metrics') return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Use GET.', { allow: 'GET, HEAD' });
    return true;
  }
  if (path === '/healthz') {
    send(res, 200, JSON.stringify({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }), { 'content-type': JSON_TYPE });
    return true;
  }
  if (path === '/readyz') {
    void readiness().then((result) => {
      const failed = Object.entries(result.checks)
        .filter(([, check]) => !check.ok)
        .map(([part]) => part);
      send(res, result.ok ? 200 : 503, JSON.stringify({ status: result.ok ? 'ready' : 'not ready', failed, checks: result.checks }), {
        'content-type': JSON_TYPE,
      });
    });
    return true;
  }
  const token = process.env.NEWSROOM_METRICS_TOKEN;
  if (!options.adminPort) {
    if (!token) {
      send(res, 404, 'Not found. Metrics are served with NEWSROOM_METRICS_TOKEN set, or on NEWSROOM_METRICS_PORT.');
      return true;
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      send(res, 401, 'Send Authorization: Bearer <NEWSROOM_METRICS_TOKEN>.', { 'www-authenticate': 'Bearer realm="metrics"' });
      return true;
    }
  }
  serveMetrics(res).catch((error: Error) => {
    moduleLogger('ops').error({ err: error }, 'metrics could not be collected');
    if (!res.headersSent) send(res, 500, 'Metrics could not be collected; the log says why.');
  });
  return true;
}

/**
 * With NEWSROOM_METRICS_PORT: a listener of its own for /metrics, /healthz and /readyz
 * (no token), bound to NEWSROOM_METRICS_HOST (127.0.0.1 unless set): reachable by the
 * monitoring on the machine or its private network, never by readers.
 */
export function startOpsListener(): { close(): void } | null {
  const port = Number(process.env.NEWSROOM_METRICS_PORT);
  if (!port) return null;
  const host = process.env.NEWSROOM_METRICS_HOST || '127.0.0.1';
  const server = createServer((req, res) => {
    if (!answerOpsRequest(req, res, { adminPort: true })) send(res, 404, 'Not found: /metrics, /healthz and /readyz live here.');
  });
  server.on('error', (error) => moduleLogger('ops').error({ err: error }, `the metrics port ${host}:${port} could not be opened`));
  server.listen(port, host, () => moduleLogger('ops').info(`metrics, health and readiness on http://${host}:${port}`));
  server.unref();
  return { close: () => server.close() };
}
