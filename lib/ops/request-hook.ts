import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { processMicroCache } from '@/lib/cache/micro-cache';
import type { FinishedResponse } from '@/lib/http/public-response';
import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { isPublicPageRequest } from '@/lib/http/public-response';
import { answerOpsRequest } from './endpoints';
import { moduleLogger } from '@/lib/telemetry/logger';
import { metrics } from '@/lib/telemetry/metrics';
import { warnOfUntrustedForwarding } from './proxy-warning';
import { runInRequest, type RequestContext } from '@/lib/telemetry/request-context';
import { scrubSecrets } from '@/lib/telemetry/scrub';
import { routeGroup } from './route-group';
import { tracer, tracingStarted } from '@/lib/telemetry/tracing';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Options = {
  isTrustedPeer: (peer: string | undefined) => boolean;
  /** Sends a response found in the micro-cache (the front server's own way), so it is looked up once. */
  serveHit?: (req: IncomingMessage, res: ServerResponse, hit: FinishedResponse) => void;
};
const REQUEST_ID = /^[\w.:-]{8,128}$/;

/**
 * Wraps the front server's request handler: /healthz, /readyz and /metrics are answered
 * here; every other request gets an id (a trusted proxy's `X-Request-Id`, or a new one;
 * sent back in `X-Request-Id` except on public pages, whose responses are shared), is
 * timed into the metrics by route group, logged when it ends (with the id and the
 * signed-in person's id), and traced when tracing is on. Responses answered from the
 * micro-cache are counted and timed but not traced or logged above debug: they never
 * enter the app, and at thousands a second a span each would cost more than the answer.
 */
export function observeRequests(handler: Handler, options: Options): Handler {
  // NEWSROOM_REQUEST_TELEMETRY=false: health, readiness and metrics only (the benchmark's "off").
  if (process.env.NEWSROOM_REQUEST_TELEMETRY === 'false') return (req, res) => void (answerOpsRequest(req, res) || handler(req, res));
  const log = moduleLogger('http');
  const { httpDuration, microCache, liveReaders } = metrics();
  const method = (req: IncomingMessage) => (req.method === 'GET' || req.method === 'HEAD' || req.method === 'POST' ? req.method : 'OTHER');
  // Hits come by the thousand a second: their counter and timers are bound to their labels once.
  const hits = microCache.labels('hit');
  const hitTimers = new Map<string, ReturnType<typeof httpDuration.labels>>();
  const hitTimer = (verb: string, status: number) => {
    const key = `${verb} ${status}`;
    let timer = hitTimers.get(key);
    if (!timer) hitTimers.set(key, (timer = httpDuration.labels('public', verb, String(status))));
    return timer;
  };
  return (req, res) => {
    if (answerOpsRequest(req, res)) return;
    const started = performance.now();
    const group = routeGroup(req.url, req.headers);
    const cacheable = group === 'public' && isPublicPageRequest(req);
    // A micro-cache hit is answered at once from memory (written before this returns): timed and counted, nothing more.
    const hit = cacheable ? processMicroCache()?.lookup(req) : undefined;
    if (hit !== undefined) {
      hits.inc();
      if (options.serveHit) options.serveHit(req, res, hit);
      else handler(req, res);
      const seconds = (performance.now() - started) / 1000;
      hitTimer(method(req), res.statusCode).observe(seconds);
      if (log.isLevelEnabled('debug'))
        log.debug(
          { method: req.method, path: scrubSecrets(req.url ?? '/'), status: res.statusCode, ms: Math.round(seconds * 10_000) / 10, group, cache: 'hit' },
          'request',
        );
      return;
    }
    if (cacheable) microCache.inc({ result: 'miss' });
    const trusted = options.isTrustedPeer(req.socket.remoteAddress);
    if (!trusted) warnOfUntrustedForwarding(req);
    const given = trusted ? req.headers['x-request-id'] : undefined;
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    // Public responses are shared (micro-cache, Varnish, CDN): a request's own id must not be stored with them.
    if (group !== 'public') res.setHeader('x-request-id', requestId);
    const live = group === 'live' && req.method === 'GET';
    if (live) liveReaders.inc();
    const request: RequestContext = { requestId };
    const span = tracingStarted()
      ? tracer().startSpan(
          `${req.method} ${group}`,
          {
            kind: SpanKind.SERVER,
            attributes: {
              'http.request.method': req.method ?? '',
              'url.path': (req.url ?? '/').split('?', 1)[0]!,
              'newsroom.route_group': group,
              'newsroom.request_id': requestId,
            },
          },
          propagation.extract(ROOT_CONTEXT, req.headers),
        )
      : undefined;

    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const status = res.headersSent ? res.statusCode : 499; // 499: the client went away first
      if (live) liveReaders.dec();
      httpDuration.observe({ group, method: method(req), status: String(status) }, seconds);
      if (span) {
        span.setAttribute('http.response.status_code', status);
        if (request.userId) span.setAttribute('enduser.id', request.userId);
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      const level = status >= 500 ? 'warn' : 'info';
      if (!log.isLevelEnabled(level)) return;
      log[level](
        {
          method: req.method,
          path: scrubSecrets(req.url ?? '/'),
          status,
          ms: Math.round(seconds * 10_000) / 10,
          group,
          client: req.headers[CLIENT_ADDRESS_HEADER],
          requestId,
          ...(request.userId ? { userId: request.userId } : {}),
        },
        'request',
      );
    });

    runInRequest(request, () => (span ? context.with(trace.setSpan(context.active(), span), () => handler(req, res)) : handler(req, res)));
  };
}
