// The production server: Next.js behind a small in-memory cache of public responses
// (lib/cache/micro-cache.ts). Started by `npm start`; the same flags as `next start`.
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import type { TLSSocket } from 'node:tls';
import { installMicroCache, MicroCache } from '@/lib/cache/micro-cache';
import { CLIENT_ADDRESS_HEADER, markFrontServer } from '@/lib/http/client-address';
import { RateLimiter } from '@/lib/http/rate-limit';
import { clientAddress, isTrustedPeer, trustedProxies } from './lib/client-address.ts';
import { exitWithParent } from './lib/exit-with-parent.ts';
import { guardRequest } from './lib/request-guard.ts';

exitWithParent();

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const cache = new MicroCache();
installMicroCache(cache);
const trusted = trustedProxies();
markFrontServer();
// Public search per client: a burst of 20, then one every two seconds.
const searchLimiter = new RateLimiter(20, 0.5);
const SEARCH_PATH = /^\/search(?:[/?]|$)/;

const server = createServer((req, res) => {
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
  if (req.method === 'GET' && SEARCH_PATH.test(req.url ?? '')) {
    const verdict = searchLimiter.take(client);
    if (!verdict.ok) {
      res.writeHead(429, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(verdict.retryAfterSeconds), 'cache-control': 'no-store' });
      res.end(`Too many searches from your address. Try again in ${verdict.retryAfterSeconds} seconds.`);
      return;
    }
  }
  const https = (req.socket as TLSSocket).encrypted || (viaTrustedProxy && req.headers['x-forwarded-proto'] === 'https');
  if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  const key = process.env.NEWSROOM_MICRO_CACHE === 'false' ? null : cache.key(req);
  if (key && cache.serve(req, res, key)) return;
  if (key) cache.capture(res, key);
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`▲ Newsroom ready on http://${hostname}:${port}`));
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2_000).unref(); // whatever else keeps the loop alive
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
