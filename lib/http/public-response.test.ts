import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MicroCache } from '@/lib/cache/micro-cache';
import { FinishedResponse, isPublicPageRequest, sendFinished, servePublicPage } from './public-response';

const HIT = { 'x-newsroom-cache': 'HIT' };

let server: Server;
let origin = '';
let renders = 0;
const cache = new MicroCache();
const filler = 'Readers read this sentence. '.repeat(200);

/** Stands in for Next.js: writes like it does (headers, then the body in pieces). */
function framework(req: IncomingMessage, res: ServerResponse) {
  renders++;
  const url = req.url ?? '/';
  if (req.headers['accept-encoding'] !== 'identity') throw new Error('the framework must be asked for identity');
  if (url === '/missing') {
    res.statusCode = 404;
    res.setHeader('cache-control', 'public, max-age=10');
    res.setHeader('content-type', 'text/html');
    return void res.end('<p>no</p><meta name="surrogate-key" content="story:x"/>');
  }
  if (url === '/private') {
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('content-type', 'text/html');
    return void res.end(`<p>mine ${renders}</p>`);
  }
  if (url === '/cookie') {
    res.setHeader('cache-control', 's-maxage=60');
    res.setHeader('set-cookie', 'a=b');
    return void res.end('c');
  }
  if (url === '/stale') {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 's-maxage=60, stale-while-revalidate=31535940', 'x-nextjs-cache': 'STALE' });
    return void res.end(`<p>old ${renders}</p>`);
  }
  if (url === '/big') {
    res.writeHead(200, { 'content-type': 'application/xml', 'cache-control': 'public, max-age=300' });
    for (let i = 0; i < 1000; i++) res.write('x'.repeat(10_000));
    return void res.end();
  }
  if (url === '/feed') {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'public, max-age=60', 'surrogate-key': 'site feeds' });
    return void res.end(`<rss>${filler}</rss>`);
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=60, stale-while-revalidate=31535940', 'content-length': '999' });
  res.write(`<html><head><script src="/_next/static/chunks/a.js" async=""></script><meta name="surrogate-key" content="home story:a"/></head>`);
  res.write(`<body><p>${url} render ${renders}</p><p>${filler}</p>`);
  res.end('<script>self.__next_f.push([1,"x"])</script></body></html>');
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!isPublicPageRequest(req)) return void res.end('desk');
    const hit = cache.lookup(req);
    if (hit) return sendFinished(req, res, hit, HIT);
    return servePublicPage(req, res, framework, cache);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers: { 'accept-encoding': 'identity', ...headers } });

describe('public responses from the front server', () => {
  it('sends pages without the hydration payload, with their cache keys, the public policy and an ETag', async () => {
    const response = await get('/news/a');
    const html = await response.text();
    expect(html).toContain('render');
    expect(html).not.toMatch(/_next\/static\/chunks\/a\.js|__next_f|surrogate-key/);
    expect(response.headers.get('surrogate-key')).toBe('site home story:a');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(html));
    expect(response.headers.get('etag')).toMatch(/^W\/"/);
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
  });

  it('answers from memory until cleared, with 304 for a client that has the bytes', async () => {
    const first = await get('/news/b');
    const body = await first.text();
    const hit = await get('/news/b');
    expect(hit.headers.get('x-newsroom-cache')).toBe('HIT');
    expect(await hit.text()).toBe(body);
    const unchanged = await get('/news/b', { 'if-none-match': first.headers.get('etag')! });
    expect(unchanged.status).toBe(304);
    cache.clear();
    const after = await get('/news/b');
    expect(after.headers.get('x-newsroom-cache')).toBeNull();
    expect(await after.text()).not.toBe(body);
  });

  it('does not keep a page whose render began before a public change', () => {
    const local = new MicroCache();
    const since = local.current;
    local.clear(); // a publication while the old page was rendering
    local.store('/late', new FinishedResponse(200, { 'cache-control': 'public, max-age=0, s-maxage=60' }, Buffer.from('old')), since);
    expect(local.get('/late')).toBeUndefined();
    local.store('/late', new FinishedResponse(200, { 'cache-control': 'public, max-age=0, s-maxage=60' }, Buffer.from('new')), local.current);
    expect(local.get('/late')?.body.toString()).toBe('new');
  });

  it('compresses with Brotli or gzip as the client asks, the same bytes underneath', async () => {
    const plain = await (await get('/news/c')).text();
    const raw = await rawGet('/news/c', 'gzip;q=1, br;q=0');
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(plain);
    const rawBr = await rawGet('/news/c', 'br');
    expect(brotliDecompressSync(rawBr.body).toString()).toBe(plain);
    expect(rawBr.body.byteLength).toBeLessThan(Buffer.byteLength(plain) / 4);
  });

  it('route handlers keep their own keys; a 404 keeps its page keys and is not kept in memory', async () => {
    expect((await get('/feed')).headers.get('surrogate-key')).toBe('site feeds');
    const missing = await get('/missing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('surrogate-key')).toBe('site story:x');
    expect((await get('/missing')).headers.get('x-newsroom-cache')).toBeNull();
  });

  it('never keeps signed-in requests, private responses or ones that set cookies', async () => {
    for (const [path, headers] of [
      ['/news/d', { cookie: 'authjs.session-token=x' }],
      ['/news/d', { authorization: 'Bearer nr_x' }],
      ['/private', {}],
      ['/cookie', {}],
    ] as [string, Record<string, string>][]) {
      await get(path, headers);
      expect((await get(path, headers)).headers.get('x-newsroom-cache'), path).toBeNull();
    }
  });

  it('never lets a cache keep the old page Next serves while it renders the new one', async () => {
    const first = await get('/stale');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/stale')).headers.get('x-newsroom-cache')).toBeNull();
  });

  it('streams a body too large to hold as it comes', async () => {
    const response = await get('/big');
    expect((await response.text()).length).toBe(10_000_000);
  });

  it('leaves the desk, the API, client navigations and Server Actions to the framework', () => {
    const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers }) as unknown as IncomingMessage;
    expect(isPublicPageRequest(req('/news/a'))).toBe(true);
    for (const request of [
      req('/desk'),
      req('/api/v1/stories'),
      req('/login'),
      req('/preview/x'),
      req('/_next/static/a.js'),
      req('/media/1'),
      req('/news/a', { rsc: '1' }),
      req('/', { 'next-action': 'x' }, 'POST'),
      req('/', {}, 'HEAD'),
    ]) {
      expect(isPublicPageRequest(request), request.url).toBe(false);
    }
  });
});

async function rawGet(path: string, acceptEncoding: string) {
  const { request } = await import('node:http');
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(origin + path, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
