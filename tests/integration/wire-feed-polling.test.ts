import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { configuredFeeds, pollFeeds } from '@/lib/wire/poll-feeds';

let server: Server;
let origin = '';
beforeAll(async () => {
  const feed = readFileSync(path.resolve(import.meta.dirname, '../fixtures/wire/rss/node-feedparser/rss2sample.xml'));
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(feed);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('polling configured feeds', () => {
  it('reads the configured list, imports new entries once, and reports a failing feed without stopping the rest', async () => {
    expect(configuredFeeds('https://a.example/rss.xml, ftp://no http://b.example/atom')).toEqual(['https://a.example/rss.xml', 'http://b.example/atom']);
    const [missing, ok] = await pollFeeds([`${origin}/gone.xml`, `${origin}/feed.xml`]);
    expect(missing!.error).toMatch(/answered 404/);
    expect(ok!.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    expect(await prisma.wireItem.count({ where: { source: 'Liftoff News' } })).toBe(4);
    // The entry sent without a title gets its first sentence as headline, flagged for the desk.
    const untitled = await prisma.wireItem.findFirstOrThrow({ where: { source: 'Liftoff News', flags: { has: 'headline-missing' } } });
    expect(untitled.headline).toBe(
      'Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a partial eclipse of the Sun on Saturday, May 31st',
    );
    const [, again] = await pollFeeds([`${origin}/gone.xml`, `${origin}/feed.xml`]);
    expect(again!.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });
});
