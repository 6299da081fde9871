import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures/test';

// What an attacker (or a careless client) sends, answered as it should be: a clear
// refusal, never a 500, never the server's internals, never a stalled server.

const PNG = readFileSync(path.resolve(import.meta.dirname, '../fixtures/pixel.png'));

test('malformed and control-character addresses are 400, on public and desk pages and the API', async ({ request }) => {
  for (const url of ['/search?q=%00', '/news/%E0%A4%A', '/desk/tags?q=%00', '/desk/incoming?q=a%00', '/desk/audit?action=%00', '/api/v1/stories?cursor=%00']) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
  }
  expect((await request.get('/api/v1/stories?cursor=garbage')).status()).toBe(400);
});

test('a Server Action posted from another site is refused with 403', async ({ request }) => {
  const response = await request.post('/login', {
    headers: { 'next-action': '0'.repeat(40), origin: 'https://evil.example', 'content-type': 'text/plain;charset=UTF-8' },
    data: '[]',
  });
  expect(response.status()).toBe(403);
});

test('HSTS only over HTTPS: plain HTTP gets none; a trusted proxy saying the client used HTTPS brings it', async ({ request }) => {
  expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();
  // 127.0.0.1 is a trusted proxy in the tests: its word that the client used HTTPS is believed.
  expect((await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })).headers()['strict-transport-security']).toContain('max-age=');
});

/**
 * Sends a large body slowly, a chunk at a time, and returns the answer with how much was
 * sent by then. A server that refuses early answers while the body is still being written,
 * then closes the connection: once the answer has arrived, an error while sending the rest
 * (EPIPE, ECONNRESET) is expected. An error before any answer ends the request at once: the
 * answer was lost.
 */
function sendSlowly(url: URL, headers: Record<string, string>, total: number) {
  return new Promise<{ status: number; sent: number; body: string }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(total) } });
    request.on('response', (response) => {
      answered = true;
      const status = response.statusCode ?? 0;
      const at = sent;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => {
        resolve({ status, sent: at, body });
        request.destroy();
      });
      response.on('error', () => resolve({ status, sent: at, body }));
    });
    request.on('error', (error) => {
      if (!answered) reject(new Error(`no answer after ${sent} bytes sent: ${error.message}`));
    });
    const chunk = Buffer.alloc(64 * 1024);
    const write = () => {
      if (sent >= total || request.destroyed) return;
      sent += chunk.length;
      request.write(chunk, () => setTimeout(write, 5));
    };
    write();
  });
}

test.describe('uploads', () => {
  test('an anonymous upload is refused before its body is read', async ({ baseURL }) => {
    const total = 20 * 1024 * 1024;
    const answer = await sendSlowly(new URL('/api/assets', baseURL), { 'content-type': 'multipart/form-data; boundary=x' }, total);
    expect(answer.status).toBe(401);
    expect(answer.sent).toBeLessThan(total / 2);
  });

  test.describe('signed in', () => {
    test.use({ persona: 'editor' });

    test('an image is served with its own sandboxing policy, not the site-wide one', async ({ page }) => {
      const uploaded = await page.request.post('/api/assets', { multipart: { file: { name: 'pixel.png', mimeType: 'image/png', buffer: PNG } } });
      expect(uploaded.status()).toBe(201);
      const { data } = await uploaded.json();
      const image = await page.request.get(data.src);
      expect(image.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(image.headers()['content-type']).toBe('image/png');
      const desk = await page.request.get('/desk');
      expect(desk.headers()['content-security-policy']).toMatch(/img-src 'self' data: blob:;/);
    });

    test('an upload over the size limit is refused with 413, read even while the body is still being sent', async ({ page, baseURL }) => {
      const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const answer = await sendSlowly(
        new URL('/api/assets', baseURL),
        { cookie, origin: new URL(baseURL!).origin, 'content-type': 'multipart/form-data; boundary=x' },
        11 * 1024 * 1024,
      );
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).message).toMatch(/at most 10 MB/);
    });
  });
});

test('public search is rate-limited per client with Retry-After, and other clients are not', async ({ request }) => {
  const flooder = { 'x-forwarded-for': '198.51.100.23' };
  // At once, so the bucket has no time to refill: 20 pass, the rest are refused (after a pause).
  const responses = await Promise.all(Array.from({ length: 26 }, (_, i) => request.get(`/search?q=word${i}`, { headers: flooder })));
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 200 || s === 503).length).toBeLessThanOrEqual(20);
  const refused = responses.filter((r) => r.status() === 429);
  expect(refused.length).toBeGreaterThanOrEqual(6);
  expect(Number(refused[0]!.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await refused[0]!.text()).toMatch(/Too many searches/);
  expect((await request.get('/search?q=word', { headers: { 'x-forwarded-for': '198.51.100.24' } })).status()).toBe(200);
});
