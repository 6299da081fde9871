import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A LibreTranslate server on loopback for the machine-draft specs: it answers `POST
 * /translate` as LibreTranslate does, each text marked with the target language
 * ("[ru] Talks"), or fails with 503 while `failing` is set.
 */
export class LibreTranslateDouble {
  failing = false;
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (this.failing || request.url !== '/translate') return response.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"Slow down"}');
        const asked = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { q: string[]; target: string };
        const translatedText = asked.q.map((text) => (text ? `[${asked.target}] ${text}` : ''));
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ translatedText }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
