import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { libreTranslateEngine } from './libretranslate';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function bodyOf(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/** A LibreTranslate stand-in on loopback answering with `answer`; returns its base URL and what it was asked. */
async function libreTranslate(answer: (asked: Record<string, unknown>) => { status: number; body: unknown }) {
  const asked: { path: string; body: Record<string, unknown> }[] = [];
  server = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      asked.push({ path: request.url ?? '', body });
      const { status, body: out } = answer(body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/lt`, asked };
}

const signal = () => new AbortController().signal;

describe('the LibreTranslate adapter', () => {
  it('sends the texts as one batch of plain text, with the key, and returns the translations in order', async () => {
    const lt = await libreTranslate((asked) => ({ status: 200, body: { translatedText: (asked.q as string[]).map((t) => `ru:${t}`) } }));
    const engine = libreTranslateEngine(lt.url, 'k-1');
    expect(await engine.translate(['Talks', 'Peskov said'], 'en', 'ru', signal())).toEqual(['ru:Talks', 'ru:Peskov said']);
    expect(lt.asked).toEqual([{ path: '/lt/translate', body: { q: ['Talks', 'Peskov said'], source: 'en', target: 'ru', format: 'text', api_key: 'k-1' } }]);
    expect(await engine.translate([], 'en', 'ru', signal())).toEqual([]);
    expect(lt.asked).toHaveLength(1);
  });

  it('fails on an error status or an answer of another shape', async () => {
    const failing = await libreTranslate(() => ({ status: 400, body: { error: 'ru is not supported' } }));
    await expect(libreTranslateEngine(failing.url).translate(['Talks'], 'en', 'ru', signal())).rejects.toThrow('LibreTranslate answered 400');
    server!.close();
    const odd = await libreTranslate(() => ({ status: 200, body: { translatedText: 'Переговоры' } }));
    await expect(libreTranslateEngine(odd.url).translate(['Talks'], 'en', 'ru', signal())).rejects.toThrow('something other than the translated texts');
  });

  it('stops waiting when the newsroom does', async () => {
    const silent = await libreTranslate(() => ({ status: 200, body: {} }));
    server!.removeAllListeners('request');
    const abort = new AbortController();
    const pending = libreTranslateEngine(silent.url).translate(['Talks'], 'en', 'ru', abort.signal);
    setTimeout(() => abort.abort(), 50);
    await expect(pending).rejects.toThrow();
    server!.closeAllConnections();
  });
});
