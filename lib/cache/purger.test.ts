import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cloudflarePurger, fastlyPurger, varnishPurger } from './purger';
import { purgerFor } from './purge';
import { env } from '@/lib/env';

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
let server: Server;
let origin = '';
let seen: Seen[] = [];
let status = 200;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.statusCode = status;
      res.end(status === 200 ? '{"status":"ok"}' : 'denied');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  status = 200;
});

describe('purgers', () => {
  it('Varnish: PURGE with the keys in xkey-purge, to every instance', async () => {
    await varnishPurger([origin, `${origin}/`]).purge(['story:a', 'home']);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ method: 'PURGE', url: '/', headers: { 'xkey-purge': 'story:a home' } });
  });

  it('Fastly: surrogate keys in batches of 256 with the API token', async () => {
    const keys = Array.from({ length: 300 }, (_, i) => `story:${i}`);
    await fastlyPurger('svc 1', 'token-f', origin).purge(keys);
    expect(seen.map((s) => s.url)).toEqual(['/service/svc%201/purge', '/service/svc%201/purge']);
    expect(seen[0]!.headers['fastly-key']).toBe('token-f');
    expect(JSON.parse(seen[0]!.body).surrogate_keys).toHaveLength(256);
    expect(JSON.parse(seen[1]!.body).surrogate_keys).toEqual(keys.slice(256));
  });

  it('Cloudflare: cache tags in batches of 30 with a bearer token', async () => {
    await cloudflarePurger('zone', 'token-c', origin).purge(Array.from({ length: 31 }, (_, i) => `k${i}`));
    expect(seen).toHaveLength(2);
    expect(seen[0]!.url).toBe('/client/v4/zones/zone/purge_cache');
    expect(seen[0]!.headers.authorization).toBe('Bearer token-c');
    expect(JSON.parse(seen[1]!.body)).toEqual({ tags: ['k30'] });
  });

  it('a refusal is an error naming the cache and its answer', async () => {
    status = 403;
    await expect(varnishPurger([origin]).purge(['site'])).rejects.toThrow(/Varnish .* answered 403: denied/);
  });

  it('the environment picks one, and says what a choice is missing', () => {
    const base = env();
    expect(purgerFor(base)?.name).toBe('log');
    expect(purgerFor({ ...base, NEWSROOM_PURGER: 'none' })).toBeNull();
    expect(purgerFor({ ...base, NEWSROOM_PURGER: 'varnish', NEWSROOM_VARNISH_URLS: `${origin}, ${origin}` })?.name).toBe('varnish');
    expect(() => purgerFor({ ...base, NEWSROOM_PURGER: 'fastly' })).toThrow(/needs NEWSROOM_FASTLY_SERVICE_ID/);
  });
});
