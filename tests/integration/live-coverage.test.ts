import { readSseFrames } from '../support/sse';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { docFromParagraphs, docJson } from '@/lib/content/document';
import { feedDocument } from '@/lib/feeds/feed-response';
import { announcePublicChange } from '@/lib/cache/public-change';
import { startLiveStream } from '@/lib/http/live-stream';
import { addEntry, correctEntry, deleteEntry, endLiveCoverage, publishEntry, ZAddEntry } from '@/lib/live/mutations';
import { currentBreaking, entryChangesSince, listPublicEntries } from '@/lib/live/queries';
import type { Language } from '@/lib/stories/limits';
import { transitionStory } from '@/lib/stories/transition';
import { getDistributed, listDistributed } from '@/lib/wire/export/distribution-queries';
import { toNinjs } from '@/lib/wire/export/ninjs';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { ninjsErrors } from '../support/wire-validators';

const entryInput = (storyId: string, text: string, flags: { keyEvent?: boolean; pinned?: boolean } = {}) =>
  ZAddEntry.parse({ storyId, body: JSON.stringify(docFromParagraphs([text])), ...flags });

async function liveStory(
  reviewer: Awaited<ReturnType<typeof seedUser>>,
  options: { publish?: boolean; priority?: 'URGENT' | 'FLASH'; language?: Language } = {},
) {
  const story = await saveStoryInput(
    reviewer,
    storyInput({
      headline: `Flooding in Yakutsk: live ${Math.random().toString(36).slice(2, 8)}`,
      priority: options.priority ?? 'URGENT',
      liveCoverage: true,
      ...(options.language ? { language: options.language } : {}),
    }),
  );
  if (options.publish ?? true) await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });
  return story;
}

/** A reader's open stream on one app instance: the frames it received, by event name. */
async function connect(base: string, query: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/live/events${query}`, { signal: controller.signal });
  const frames: { event: string; data: unknown; id?: string }[] = [];
  const reading = readSseFrames(response.body!, (frame) => frames.push(frame));
  return {
    frames,
    response,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

describe('live coverage on PostgreSQL', () => {
  const instances: { server: Server; stop: () => Promise<void>; base: string }[] = [];
  beforeAll(async () => {
    // Two app instances, as behind a load balancer: each hears the change on the shared channel.
    for (let i = 0; i < 2; i++) {
      const stream = startLiveStream(process.env.DATABASE_URL!, () => {});
      const server = createServer((req, res) => void stream.serve(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await stream.ready;
      instances.push({ server, stop: stream.stop, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    }
  });
  afterAll(async () => {
    for (const instance of instances) {
      instance.server.closeAllConnections();
      instance.server.close();
      await instance.stop();
    }
  });

  it('a reviewer publishes entries at once; an editor’s wait for review; the rules hold', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const unpublished = await liveStory(reviewer, { publish: false });
    await expect(addEntry(reviewer, entryInput(unpublished.id, 'Too early.'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/Publish the story first/),
    });
    const plain = await saveStoryInput(reviewer, storyInput());
    await expect(addEntry(reviewer, entryInput(plain.id, 'Not live.'))).rejects.toMatchObject({ message: expect.stringMatching(/not live coverage/) });
    expect(() => ZAddEntry.parse({ storyId: plain.id, body: JSON.stringify(docFromParagraphs(['  '])) })).toThrow(/Write the entry first/);
    // An entry is published as sent: a suggestion in it would reach readers' plain-text outputs, so there is none.
    const proposed = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Proposed', marks: [{ type: 'insertion', attrs: { id: 'u1~mabc123~x1' } }] }] }],
    };
    expect(() => ZAddEntry.parse({ storyId: plain.id, body: JSON.stringify(proposed) })).toThrow(/Write the text as it should read, without suggestions/);

    const story = await liveStory(reviewer);
    const direct = await addEntry(reviewer, entryInput(story.id, 'Water levels rose by a metre overnight.', { keyEvent: true }));
    expect(direct).toMatchObject({ status: 'PUBLISHED', public: true });
    const pending = await addEntry(editor, entryInput(story.id, 'Schools are closed.'));
    expect(pending).toMatchObject({ status: 'PENDING', public: false });
    expect((await listPublicEntries(story.id)).map((e) => e.bodyText)).toEqual(['Water levels rose by a metre overnight.']);
    for (const attempt of [publishEntry(editor, pending.id), deleteEntry(editor, { entryId: direct.id, note: 'x' }), endLiveCoverage(editor, story.id)]) {
      await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await publishEntry(reviewer, pending.id);
    await expect(publishEntry(reviewer, pending.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listPublicEntries(story.id)).map((e) => e.bodyText)).toEqual(['Schools are closed.', 'Water levels rose by a metre overnight.']);
    const audit = await prisma.auditEvent.findMany({ where: { storyId: story.id, action: { startsWith: 'live.' } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['live.publishEntry', 'live.entry', 'live.publishEntry']);

    // Corrected with a note, deleted with a note: a page made before sees both among the changes.
    const before = new Date(Date.now() - 1);
    await correctEntry(reviewer, {
      entryId: direct.id,
      body: docFromParagraphs(['Water levels rose by 1.2 metres overnight.']),
      keyEvent: true,
      pinned: true,
      note: 'The rise was 1.2 m.',
    });
    await deleteEntry(reviewer, { entryId: pending.id, note: 'Not confirmed.' });
    const changes = await entryChangesSince(story.id, before);
    expect(changes.shown.map((e) => [e.bodyText, e.correctionNote, e.pinned])).toEqual([
      ['Water levels rose by 1.2 metres overnight.', 'The rise was 1.2 m.', true],
    ]);
    expect(changes.removed.map((e) => e.id)).toEqual([pending.id]);

    // The wire API and the feeds carry the entries; the API's `since` sees a story whose entries changed.
    const distributed = (await getDistributed(story.id, { subscriber: false }))!;
    const ninjs = toNinjs(distributed.publication, 'https://news.example.com');
    expect(ninjs.bodies.find((b) => b.role === 'live')?.value).toContain('Water levels rose by 1.2 metres overnight.');
    expect(ninjsErrors(ninjs)).toEqual([]);
    const since = await listDistributed({ subscriber: false, since: before });
    expect(since.items.map((p) => p.storyId)).toContain(story.id);
    const atom = (await feedDocument('atom', { kind: 'site' }, 'en'))!.body;
    expect(atom).toContain('Water levels rose by 1.2 metres overnight.');

    await endLiveCoverage(reviewer, story.id);
    expect((await prisma.publication.findUniqueOrThrow({ where: { storyId: story.id } })).liveEndedAt).toBeInstanceOf(Date);
    await expect(addEntry(reviewer, entryInput(story.id, 'After the end.'))).rejects.toMatchObject({ message: expect.stringMatching(/has ended/) });
  });

  it('streams: readers on two instances get a published entry, its correction and deletion; a reconnecting reader catches up; a killed story’s entries never go out', async () => {
    const reviewer = await seedUser('REVIEWER');
    const story = await liveStory(reviewer);
    const readers = await Promise.all(instances.map((instance) => connect(instance.base, `?story=${story.slug}`)));
    expect(readers[0]!.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await expect.poll(() => readers.every((r) => r.frames.some((f) => f.event === 'breaking'))).toBe(true);

    const entry = await addEntry(reviewer, entryInput(story.id, 'Evacuation of the lower town has begun.', { keyEvent: true }));
    for (const reader of readers) {
      await expect
        .poll(() => reader.frames.find((f) => f.event === 'entry')?.data)
        .toMatchObject({ id: entry.id, keyEvent: true, html: expect.stringContaining('Evacuation of the lower town has begun.') });
    }
    await correctEntry(reviewer, {
      entryId: entry.id,
      body: docFromParagraphs(['Evacuation of the lower town has begun, officials said.']),
      keyEvent: true,
      pinned: false,
      note: 'Attribution added.',
    });
    await expect.poll(() => readers[1]!.frames.filter((f) => f.event === 'entry').length).toBe(2);
    expect(JSON.stringify(readers[1]!.frames.at(-1)!.data)).toContain('Attribution added.');
    const lastId = readers[0]!.frames.filter((f) => f.id).at(-1)!.id!;
    await deleteEntry(reviewer, { entryId: entry.id, note: 'Duplicate.' });
    await expect.poll(() => readers[0]!.frames.at(-1)).toMatchObject({ event: 'entry-removed', data: { id: entry.id } });

    // A reader away since `lastId` reconnects: it is told what changed meanwhile.
    const late = await connect(instances[1]!.base, `?story=${story.slug}&since=${lastId}`);
    await expect.poll(() => late.frames.find((f) => f.event === 'entry-removed')?.data).toEqual({ id: entry.id });

    // Readers of other pages get nothing of it; after a kill, no entry reaches anyone.
    const elsewhere = await connect(instances[0]!.base, '');
    await transitionStory(reviewer, { storyId: story.id, action: 'kill', note: 'Wrong town.' });
    await prisma.liveEntry.create({
      data: {
        storyId: story.id,
        authorId: reviewer.id,
        body: docJson(docFromParagraphs(['Leaked?'])),
        bodyText: 'Leaked?',
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    await addEntry(reviewer, entryInput(story.id, 'After the kill.')).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(elsewhere.frames.some((f) => f.event.startsWith('entry'))).toBe(false);
    expect(JSON.stringify(readers.map((r) => r.frames))).not.toContain('After the kill');
    for (const reader of [...readers, late, elsewhere]) await reader.close();
    const refused = await fetch(`${instances[0]!.base}/live/events?story=${encodeURIComponent('../etc')}`);
    expect(refused.status).toBe(400);
  });

  it('a FLASH is the breaking news for the configured minutes, told to every open page at once; a kill takes it away', async () => {
    const reviewer = await seedUser('REVIEWER');
    const page = await connect(instances[0]!.base, '');
    const flash = await liveStory(reviewer, { priority: 'FLASH' });
    // (Other test files publish FLASHes at the same time: each assertion allows for a later one.)
    const breaking = () => page.frames.filter((f) => f.event === 'breaking').map((f) => f.data as { storyId: string; url: string } | null);
    await expect.poll(() => breaking().find((b) => b?.storyId === flash.id)).toMatchObject({ url: `/news/${flash.slug}` });
    expect(await currentBreaking('en', new Date(Date.now() + 31 * 60_000))).toBeNull(); // shown for 30 minutes
    const told = breaking().findIndex((b) => b?.storyId === flash.id);
    await transitionStory(reviewer, { storyId: flash.id, action: 'kill', note: 'False alarm.' });
    await expect.poll(async () => (await currentBreaking('en'))?.storyId ?? null).not.toBe(flash.id);
    await expect
      .poll(() =>
        breaking()
          .slice(told + 1)
          .some((b) => b?.storyId !== flash.id),
      )
      .toBe(true);
    await page.close();
  });

  it("each site's readers are told of their own site's FLASH: a Russian one on the Russian site, linked there, never on the English site", async () => {
    const reviewer = await seedUser('REVIEWER');
    const english = await connect(instances[0]!.base, '?site=en');
    const russian = await connect(instances[1]!.base, '?site=ru');
    const unknown = await connect(instances[1]!.base, '?site=xx');
    const flash = await liveStory(reviewer, { priority: 'FLASH', language: 'ru' });
    const told = (reader: typeof english) => reader.frames.filter((f) => f.event === 'breaking').map((f) => f.data as { storyId: string; url: string } | null);
    await expect.poll(() => told(russian).find((b) => b?.storyId === flash.id)).toMatchObject({ url: `/ru/news/${flash.slug}` });
    expect((await currentBreaking('ru'))?.storyId).toBe(flash.id);
    expect((await currentBreaking('en'))?.storyId).not.toBe(flash.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(told(english).some((b) => b?.storyId === flash.id)).toBe(false);
    expect(told(unknown).some((b) => b?.storyId === flash.id)).toBe(false); // an unknown site reads as the main one
    // A reader who opens a Russian page now gets it at once.
    const late = await connect(instances[0]!.base, '?site=ru');
    await expect.poll(() => told(late).find((b) => b?.storyId === flash.id)).toMatchObject({ url: `/ru/news/${flash.slug}` });
    await transitionStory(reviewer, { storyId: flash.id, action: 'kill', note: 'False alarm.' });
    for (const reader of [english, russian, unknown, late]) await reader.close();
  });

  it('an open story page is told where its story stands: on opening, after an update, and when it is withdrawn; nothing of a story readers may not see', async () => {
    const reviewer = await seedUser('REVIEWER');
    const headline = `Bridge reopens ${Math.random().toString(36).slice(2, 8)}`;
    const story = await saveStoryInput(reviewer, storyInput({ headline, priority: 'URGENT' }));
    await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });
    const page = await connect(instances[1]!.base, `?story=${story.slug}`);
    const states = () => page.frames.filter((f) => f.event === 'story').map((f) => f.data);
    await expect.poll(() => states()[0]).toMatchObject({ state: 'published', updateNumber: 0, correction: '' });

    // An update, published and announced as the desk's action announces it (on the other instance's channel too).
    const { version } = await prisma.story.findUniqueOrThrow({ where: { id: story.id }, select: { version: true } });
    await saveStoryInput(
      reviewer,
      storyInput({
        id: story.id,
        baseVersion: version,
        headline,
        slug: story.slug,
        priority: 'URGENT',
        body: docFromParagraphs(['Traffic is flowing again.']),
      }),
    );
    await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });
    await announcePublicChange(story.slug, 'another-instance');
    await expect.poll(() => states().at(-1)).toMatchObject({ state: 'published', updateNumber: 1 });
    expect((states().at(-1) as { version: number }).version).toBeGreaterThan((states()[0] as { version: number }).version);

    await transitionStory(reviewer, { storyId: story.id, action: 'kill', note: 'Wrong bridge.' });
    await announcePublicChange(story.slug, 'another-instance');
    await expect.poll(() => states().at(-1)).toEqual({ state: 'withdrawn', note: 'Wrong bridge.' });
    await page.close();

    // A draft's address tells nothing: no story frame, not even that it exists.
    const draft = await saveStoryInput(reviewer, storyInput({ headline: `Unpublished ${Math.random().toString(36).slice(2, 8)}` }));
    const peek = await connect(instances[0]!.base, `?story=${draft.slug}`);
    await announcePublicChange(draft.slug, 'another-instance');
    await expect.poll(() => peek.frames.some((f) => f.event === 'breaking')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(peek.frames.some((f) => f.event === 'story')).toBe(false);
    await peek.close();
  });
});
