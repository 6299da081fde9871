import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MicroCache } from './micro-cache';

let server: Server;
let origin = '';
let renders = 0;
const cache = new MicroCache();

beforeAll(async () => {
  server = createServer((req, res) => {
    const key = cache.key(req);
    if (key && cache.serve(req, res, key)) return;
    if (key) cache.capture(res, key);
    renders++;
    const url = req.url ?? '/';
    if (url === '/missing') { res.statusCode = 404; return void res.end('no'); }
    if (url === '/private') { res.setHeader('cache-control', 'private, no-cache'); return void res.end('mine'); }
    if (url === '/cookie') { res.setHeader('cache-control', 's-maxage=60'); res.setHeader('set-cookie', 'a=b'); return void res.end('c'); }
    res.setHeader('cache-control', 's-maxage=60, stale-while-revalidate=31535940');
    res.write(`<p>${url} `);
    res.end(`render ${renders}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers });

describe('the micro-cache in front of Next.js', () => {
  it('answers a shareable public page from memory until cleared', async () => {
    const first = await (await get('/news/a')).text();
    const hit = await get('/news/a');
    expect(hit.headers.get('x-newsroom-cache')).toBe('HIT');
    expect(await hit.text()).toBe(first);
    cache.clear();
    const after = await get('/news/a');
    expect(after.headers.get('x-newsroom-cache')).toBeNull();
    expect(await after.text()).not.toBe(first);
  });

  it('never keeps the desk, the API, signed-in requests, errors, private responses or ones that set cookies', async () => {
    for (const [path, headers] of [
      ['/desk', {}], ['/api/v1/stories', {}], ['/news/b', { cookie: 'authjs.session-token=x' }], ['/news/b', { authorization: 'Bearer nr_x' }],
      ['/missing', {}], ['/private', {}], ['/cookie', {}], ['/news/c', { rsc: '1' }],
    ] as [string, Record<string, string>][]) {
      await get(path, headers);
      const again = await get(path, headers);
      expect(again.headers.get('x-newsroom-cache'), path).toBeNull();
    }
  });

  it('keeps compressed and plain answers apart', () => {
    const req = (encoding: string) => ({ method: 'GET', url: '/', headers: { 'accept-encoding': encoding } }) as never;
    expect(cache.key(req('gzip, br'))).not.toBe(cache.key(req('')));
  });
});
