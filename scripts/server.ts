// The production server: Next.js behind a small in-memory cache of public responses
// (lib/cache/micro-cache.ts). Started by `npm start`; the same flags as `next start`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import next from 'next';
import type { TLSSocket } from 'node:tls';
import { installMicroCache, MicroCache } from '@/lib/cache/micro-cache';
import { isPublicPageRequest, sendFinished, servePublicPage } from '@/lib/http/public-response';
import { isLiveRequest, liveStream } from '@/lib/http/live-registry';
import { collabServer, isCollabRequest } from '@/lib/http/collab-registry';
import { env } from '@/lib/env';
import { startOpsListener } from '@/lib/ops/endpoints';
import { startProcessOps } from '@/lib/ops/process';
import { observeRequests } from '@/lib/ops/request-hook';
import { CLIENT_ADDRESS_HEADER, markFrontServer } from '@/lib/auth/client-address';
import { RateLimiter } from '@/lib/http/rate-limit';
import { Semaphore } from '@/lib/http/semaphore';
import { clientAddress, isTrustedPeer, trustedProxies } from './lib/client-address.ts';
import { exitWithParent } from './lib/exit-with-parent.ts';
import { guardRequest } from './lib/request-guard.ts';
import { lingerAfterEarlyAnswer } from './lib/lingering-close.ts';

exitWithParent();
// Logs, errors for the System page, and traces (lib/ops): before Next loads the app.
const ops = await startProcessOps('server');

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const cache = new MicroCache();
installMicroCache(cache);
const trusted = trustedProxies(env().NEWSROOM_TRUSTED_PROXIES);
markFrontServer();
// Public search per client: a burst of 20, then one every two seconds. And for everyone
// together, one search renders at a time with a short queue: a flood from many
// addresses can take only a bounded share of the process from readers and the desk.
const searchLimiter = new RateLimiter(20, 0.5);
const searchGate = new Semaphore(1, 8);
// Every language's site has one (`/search`, `/ru/search`).
const SEARCH_PATH = /^\/(?:[a-z]{2}\/)?search(?:[/?]|$)/;
/** A refusal answered after a pause (a tarpit): a flooding client waits instead of costing the process its next request at once. */
const TARPIT_MS = 1_000;
function refuseLater(res: ServerResponse, status: 429 | 503, retryAfterSeconds: number, message: string) {
  setTimeout(() => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' });
    res.end(message);
  }, TARPIT_MS).unref();
}

const microCache = env().NEWSROOM_MICRO_CACHE ? cache : null;

const HIT = { 'x-newsroom-cache': 'HIT' };
const HSTS = { 'strict-transport-security': 'max-age=31536000; includeSubDomains' };
const HIT_HTTPS = { ...HIT, ...HSTS };
/** A public GET: from the micro-cache, or rendered by Next and finished by the front server (lib/http/public-response.ts). */
const publicOptions = { cacheTagHeader: env().NEWSROOM_PURGER === 'cloudflare' };
const servePublic = (req: IncomingMessage, res: ServerResponse) => servePublicPage(req, res, handle, microCache, publicOptions);
const viaHttps = (req: IncomingMessage) =>
  (req.socket as TLSSocket).encrypted || (req.headers['x-forwarded-proto'] === 'https' && isTrustedPeer(req.socket.remoteAddress, trusted));

// Health, readiness and metrics, request ids, timing, logs and traces wrap every request (lib/ops/request-hook.ts).
const server = createServer(
  observeRequests(
    (req, res) => {
      // A cache hit first, and nothing else: its address passed the guard below when it was
      // stored (the key is the address), and it needs no client address or rate limit.
      const hit = microCache && isPublicPageRequest(req) ? microCache.lookup(req) : undefined;
      if (hit) return sendFinished(req, res, hit, viaHttps(req) ? HIT_HTTPS : HIT);
      lingerAfterEarlyAnswer(req, res);
      const peer = req.socket.remoteAddress;
      const viaTrustedProxy = isTrustedPeer(peer, trusted);
      const host = (viaTrustedProxy ? req.headers['x-forwarded-host']?.toString().split(',')[0]?.trim() : undefined) ?? req.headers.host;
      const refused = guardRequest(req.method, req.url, req.headers, host);
      if (refused) {
        res.writeHead(refused.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(refused.message);
        return;
      }
      // The only client address the app believes: the socket's, or what a trusted proxy says.
      const client = clientAddress(peer, req.headers['x-forwarded-for'], trusted);
      req.headers[CLIENT_ADDRESS_HEADER] = client;
      if (viaHttps(req)) res.setHeader('Strict-Transport-Security', HSTS['strict-transport-security']);
      // Live entries and the breaking banner reach open reader pages as Server-Sent Events
      // (the stream is started by instrumentation.ts once Next has loaded the app).
      const live = isLiveRequest(req.url) ? liveStream() : undefined;
      if (live) {
        live.serve(req, res).catch((error: Error) => {
          console.error(`[live] ${error.message}`);
          if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
          res.end();
        });
        return;
      }
      if (req.method === 'GET' && SEARCH_PATH.test(req.url ?? '')) {
        const verdict = searchLimiter.take(client);
        if (!verdict.ok)
          return refuseLater(res, 429, verdict.retryAfterSeconds, `Too many searches from your address. Try again in ${verdict.retryAfterSeconds} seconds.`);
        void searchGate
          .run(
            () =>
              new Promise<void>((resolve) => {
                if (res.destroyed) return resolve(); // gave up while queued
                res.once('close', resolve);
                if (isPublicPageRequest(req)) servePublic(req, res);
                else void handle(req, res);
              }),
          )
          .then((entered) => {
            if (entered === null) refuseLater(res, 503, 5, 'Search is busy right now. Try again in a few seconds.');
          });
        return;
      }
      if (isPublicPageRequest(req)) return servePublic(req, res);
      void handle(req, res);
    },
    { isTrustedPeer: (peer) => isTrustedPeer(peer, trusted), serveHit: (req, res, hit) => sendFinished(req, res, hit, viaHttps(req) ? HIT_HTTPS : HIT) },
  ),
);
// WebSockets: the desk's co-editing (lib/collab, started by instrumentation.ts); nothing else upgrades.
server.on('upgrade', (request, socket, head) => {
  socket.on('error', () => socket.destroy());
  try {
    const collab = isCollabRequest(request.url) ? collabServer() : undefined;
    if (!collab) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', () => socket.destroy());
      return;
    }
    // The only client address the collaboration server believes (its per-address limits): the socket's, or a trusted proxy's word.
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted);
    collab.handleUpgrade(request, socket, head);
  } catch (error) {
    console.error(`[collab] upgrade failed: ${(error as Error).message}`);
    socket.destroy();
  }
});
server.listen(port, hostname, () => console.log(`▲ Newsroom ready on http://${hostname}:${port}`));
startOpsListener();
const stop = () => {
  void ops.stop();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2_000).unref(); // whatever else keeps the loop alive
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
