import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLogger } from '@/lib/telemetry/logger';
import { observeRequests } from './request-hook';
import { setRequestUser } from '@/lib/telemetry/request-context';

// The front server's hook on a real node:http server, its log captured in memory.
const lines: Record<string, unknown>[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const SECRET_COOKIE = 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.secret-part';

let server: Server;
let origin: string;
beforeAll(async () => {
  process.env.NEWSROOM_LOG_LEVEL = 'info';
  process.env.NEWSROOM_METRICS_TOKEN = 'unit-metrics-token-0123456789';
  delete process.env.NEWSROOM_TRUSTED_PROXIES;
  startLogger('server', { destination: capture });
  server = createServer(
    observeRequests(
      (req, res) => {
        if (req.url?.startsWith('/desk')) setRequestUser('user-42'); // as getViewer does once it knows the session
        res.writeHead(req.url === '/boom' ? 500 : 200, { 'content-type': 'text/plain' });
        res.end('ok');
      },
      { isTrustedPeer: () => false },
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the request hook', () => {
  it('answers /healthz itself, never cached', async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('gives a desk request an id, logs it with the person and without the cookie', async () => {
    const response = await fetch(`${origin}/desk/stories?q=1`, { headers: { cookie: SECRET_COOKIE } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await until(() => lines.some((l) => l.requestId === id));
    const line = lines.find((l) => l.requestId === id);
    expect(line).toMatchObject({
      level: 'info',
      process: 'server',
      module: 'http',
      msg: 'request',
      method: 'GET',
      path: '/desk/stories?q=1',
      status: 200,
      group: 'desk',
      userId: 'user-42',
    });
    expect(JSON.stringify(lines)).not.toContain('secret-part');
  });

  it("keeps a client's X-Request-Id out (only trusted proxies may name it), and sends none with shared public pages", async () => {
    const desk = await fetch(`${origin}/desk`, { headers: { 'x-request-id': 'chosen-by-the-client-123' } });
    expect(desk.headers.get('x-request-id')).not.toBe('chosen-by-the-client-123');
    expect((await fetch(`${origin}/news/a-story`)).headers.get('x-request-id')).toBeNull();
  });

  it('warns once when forwarded headers arrive and no proxy is trusted', async () => {
    await fetch(`${origin}/`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    await fetch(`${origin}/`, { headers: { 'x-forwarded-for': '203.0.113.10' } });
    await until(() => lines.some((l) => l.level === 'warn' && String(l.msg).includes('NEWSROOM_TRUSTED_PROXIES')));
    const warnings = lines.filter((l) => l.level === 'warn' && String(l.msg).includes('NEWSROOM_TRUSTED_PROXIES'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toContain('set NEWSROOM_TRUSTED_PROXIES=127.0.0.1');
  });

  it('counts requests by route group and status in /metrics, which needs the token', async () => {
    await fetch(`${origin}/boom`);
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    const metrics = await (await fetch(`${origin}/metrics`, { headers: { authorization: 'Bearer unit-metrics-token-0123456789' } })).text();
    expect(metrics).toMatch(/newsroom_http_request_duration_seconds_count\{group="desk",method="GET",status="200"\} [1-9]/);
    expect(metrics).toMatch(/newsroom_http_request_duration_seconds_count\{group="public",method="GET",status="500"\} 1/);
    expect(lines.find((l) => l.path === '/boom')).toMatchObject({ level: 'warn', status: 500 });
  });
});
