import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WireError } from '@/lib/wire/errors';
import { closeParsePool, parseWireDocumentOffThread } from '@/lib/wire/parse-pool';
import { parseWireDocument } from '@/lib/wire/parse';

const encoder = new TextEncoder();
const feed = (items: number, paragraphs: number) =>
  encoder.encode(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${Array.from(
      { length: items },
      (_, i) =>
        `<item><guid>g-${i}</guid><title>Story ${i}</title><description>${'&lt;p&gt;The council met on Tuesday and agreed the budget for the coming year.&lt;/p&gt;'.repeat(
          paragraphs,
        )}</description></item>`,
    ).join('')}</channel></rss>`,
  );

// One thread and a short limit, so a queue forms and the limit is easy to pass.
const saved = { threads: process.env.NEWSROOM_PARSE_THREADS, timeout: process.env.NEWSROOM_PARSE_TIMEOUT_MS };
beforeAll(async () => {
  await closeParsePool();
  process.env.NEWSROOM_PARSE_THREADS = '1';
  process.env.NEWSROOM_PARSE_TIMEOUT_MS = '400';
});
afterAll(async () => {
  await closeParsePool();
  process.env.NEWSROOM_PARSE_THREADS = saved.threads;
  process.env.NEWSROOM_PARSE_TIMEOUT_MS = saved.timeout;
  if (saved.threads === undefined) delete process.env.NEWSROOM_PARSE_THREADS;
  if (saved.timeout === undefined) delete process.env.NEWSROOM_PARSE_TIMEOUT_MS;
});

describe('parsing on the worker threads', () => {
  it('counts the time limit from when a worker takes the document up, not while it waits', async () => {
    // A small document, so one read stays well inside the limit even on a loaded machine (and a first one to warm the thread).
    const doc = feed(10, 5);
    await parseWireDocumentOffThread(doc);
    const started = performance.now();
    parseWireDocument(doc);
    const once = performance.now() - started;
    // Enough documents that waiting in line (and the thread's start) takes far longer than the limit.
    const count = Math.max(12, Math.ceil(1600 / Math.max(once, 1)));
    const results = await Promise.all(Array.from({ length: count }, () => parseWireDocumentOffThread(doc)));
    expect(results.every((result) => result.items.length === 10)).toBe(true);
  }, 120_000);

  it('refuses a document still being read after the limit, and reads the next one on a fresh thread', async () => {
    const slow = feed(2500, 12); // a few MB of items: several seconds to read on one thread
    const outcome = await parseWireDocumentOffThread(slow).then(
      () => null,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(WireError);
    expect((outcome as Error).message).toBe('The document took longer than 0.4 s to read and was refused.');
    const next = await parseWireDocumentOffThread(feed(2, 1));
    expect(next.items.map((item) => item.headline)).toEqual(['Story 0', 'Story 1']);
  }, 120_000);
});
