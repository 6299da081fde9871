// Wire pictures are copied into the newsroom's storage by a job, through the safe
// fetcher: the desk never loads a third party's image, and nothing private is fetched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { TDocNode } from '@/lib/content/document';
import { safeFetch } from '@/lib/http/safe-fetch';
import { fetchWireImages } from '@/lib/wire/fetch-images';
import { ingestDocument } from '@/lib/wire/ingest';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
let server: Server;
let origin = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    else if (req.url === '/page.html') res.writeHead(200, { 'content-type': 'text/html' }).end('<script>alert(1)</script>');
    else if (req.url === '/redirect') res.writeHead(302, { location: '/photo.png' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const ninjs = (guid: string, images: string[]) =>
  new TextEncoder().encode(
    JSON.stringify({
      uri: guid,
      type: 'text',
      version: '1',
      headlines: [{ role: 'main', value: `Pictures ${guid}` }],
      bodies: [
        {
          role: 'main',
          contenttype: 'text/html',
          value: `<p>Text.</p>${images.map((src) => `<figure><img src="${src}" alt="a"><figcaption>Caption</figcaption></figure>`).join('')}`,
        },
      ],
    }),
  );

describe('wire pictures', () => {
  it('refuses private and local addresses unless allowed, without sending a request', async () => {
    hits.length = 0;
    await expect(safeFetch(`${origin}/photo.png`, { maxBytes: 1000, allowPrivate: false })).rejects.toThrow(/private or local address/);
    await expect(safeFetch('file:///etc/passwd', { maxBytes: 1000, allowPrivate: true })).rejects.toThrow(/Only http and https/);
    expect(hits).toEqual([]);
  });

  it('an imported item queues a job; the job copies its pictures into storage and points the body at them', async () => {
    const [outcome] = (await ingestDocument(ninjs(`urn:test:pics:${Date.now()}`, [`${origin}/photo.png`, `${origin}/page.html`, `${origin}/redirect`])))
      .outcomes;
    const jobs = await prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'fetch-wire-images' AND key = ${`wire-images:${outcome!.id}`}`;
    expect(Number(jobs[0]!.n)).toBe(1);

    const result = await fetchWireImages({ wireItemId: outcome!.id }, { allowPrivate: true });
    expect(result.fetched).toBe(2);
    expect(result.failed, JSON.stringify(result.failed)).toEqual([expect.stringMatching(/page\.html: .*JPEG, PNG and WebP/)]);
    const item = await prisma.wireItem.findUniqueOrThrow({ where: { id: outcome!.id } });
    const sources = ((item.body as TDocNode).content ?? []).filter((n) => n.type === 'figure').map((n) => n.attrs!.src);
    expect(sources).toEqual([expect.stringMatching(/^\/media\/[0-9a-f-]{36}$/), `${origin}/page.html`, expect.stringMatching(/^\/media\//)]);
  });
});
