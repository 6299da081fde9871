// The production server: Next.js behind a small in-memory cache of public responses
// (lib/cache/micro-cache.ts). Started by `npm start`; the same flags as `next start`.
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { installMicroCache, MicroCache } from '@/lib/cache/micro-cache';
import { exitWithParent } from './lib/exit-with-parent.ts';

exitWithParent();

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const cache = new MicroCache();
installMicroCache(cache);

const server = createServer((req, res) => {
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
