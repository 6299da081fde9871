import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { presenceIdentity } from '@/lib/collab/identity';
import { prisma } from '@/lib/db';
import { BODY_FIELD, FIELDS_MAP } from '@/lib/stories/shared-doc/fields';
import { transitionStory } from '@/lib/stories/transition';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addParagraph, connect, cookieFor, flush, SECRET, startInstance, typeAt, upgradeStatus, type Instance } from '../support/collab-clients';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const openDescriptors = () => readdirSync('/proc/self/fd').length;

describe('the collaboration socket, from a client that means harm', () => {
  const savedSecret = process.env.AUTH_SECRET;
  let instance: Instance;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    process.on('uncaughtException', onUncaught);
    instance = await startInstance('hardening');
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await instance.stop();
    process.env.AUTH_SECRET = savedSecret;
  });

  it('refuses an upgrade without a valid desk session before any message, for a signed-out session too', async () => {
    const editor = await seedUser('EDITOR');
    const { cookie, sid } = await cookieFor(editor);
    const from = { 'x-newsroom-client-address': '203.0.113.7' }; // a client of its own (the test above spent loopback's upgrades)
    expect(await upgradeStatus(instance.url, from)).toBe(401);
    expect(await upgradeStatus(instance.url, { ...from, cookie: 'authjs.session-token=not-a-token' })).toBe(401);
    expect(await upgradeStatus(instance.url, { ...from, cookie })).toBe(101);
    await prisma.session.update({ where: { id: sid }, data: { revokedAt: new Date() } });
    expect(await upgradeStatus(instance.url, { ...from, cookie })).toBe(401);
  });

  it('a document cannot grow past its limit, and presence cannot carry a payload', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Small story.']) }));
    const { cookie } = await cookieFor(editor);
    const honest = await connect(instance.url, story.id, cookie);
    let refused = 0;
    for (let i = 0; i < 4 && !refused; i++) {
      const bulk = await connect(instance.url, story.id, cookie);
      typeAt(bulk, 0, '');
      ((bulk.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'x'.repeat(900_000));
      await expect.poll(() => bulk.messages.length + bulk.events.filter((e) => e.startsWith('close')).length, { timeout: 10_000 }).toBeGreaterThan(0);
      if (bulk.notices.some((n) => n.type === 'refused' && /larger than the 2 MB/.test(n.message))) refused++;
      bulk.close();
    }
    expect(refused).toBe(1);
    await expect
      .poll(async () => (await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId: story.id } })).state.byteLength, { timeout: 10_000 })
      .toBeLessThanOrEqual(2 * 1024 * 1024);

    // A 100 KB presence is refused and relayed to nobody.
    const big = await connect(instance.url, story.id, cookie);
    big.provider.setAwarenessField('cursor', 'y'.repeat(100_000));
    await expect.poll(() => big.notices.find((n) => n.type === 'refused')?.field, { timeout: 5_000 }).toBe('presence');
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const state of honest.provider.awareness!.getStates().values()) expect(JSON.stringify(state).length).toBeLessThan(5_000);
    big.close();
    honest.close();
  });

  it('presence names the person the session says: a client naming someone else is never shown as them, and its own name comes from the session', async () => {
    const elena = await seedUser('EDITOR');
    const mallory = await seedUser('EDITOR');
    const story = await saveStoryInput(elena, storyInput());
    const watcher = await connect(instance.url, story.id, (await cookieFor(elena)).cookie, { viewer: elena });
    const forger = await connect(instance.url, story.id, (await cookieFor(mallory)).cookie);
    forger.provider.setAwarenessField('user', presenceIdentity(elena));
    forger.provider.setAwarenessField('activity', 'typing');
    const usersSeen = () =>
      [...watcher.provider.awareness!.getStates().entries()]
        .filter(([clientId]) => clientId !== watcher.doc.clientID)
        .map(([, state]) => (state as { user?: { id: string; name: string } }).user)
        .filter(Boolean);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(usersSeen().map((u) => u!.id)).not.toContain(elena.id);
    // Saying nothing of who it is, the forger is shown as who the session says.
    forger.provider.setAwarenessField('user', { id: mallory.id, name: 'Anyone I like', color: '#000000', role: 'Admin' });
    await expect.poll(() => usersSeen(), { timeout: 5_000 }).toEqual([presenceIdentity(mallory)]);
    expect(forger.notices).toEqual([]);
    forger.close();
    watcher.close();
  });

  it('a read-only connection\'s "Save" stores nothing and costs nothing, however often it is sent', async () => {
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(reviewer, storyInput({ priority: 'FLASH', body: docFromParagraphs(['Blast near the port.']) }));
    await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });
    await transitionStory(reviewer, { storyId: story.id, action: 'kill', note: 'Wrong port.' });
    const { cookie } = await cookieFor(reviewer);
    const clients = await Promise.all(Array.from({ length: 5 }, () => connect(instance.url, story.id, cookie)));
    const before = await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId: story.id } });
    for (let round = 0; round < 40; round++) {
      for (const client of clients) client.provider.sendStateless(JSON.stringify({ type: 'flush' }));
      await new Promise((resolve) => setTimeout(resolve, 13));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId: story.id } });
    expect(after.updatedAt).toEqual(before.updatedAt);
    for (const client of clients) {
      expect(client.stored).toEqual([]);
      client.close();
    }
  });

  it('presence over the rate is dropped, never the socket: a fast typist stays connected and what they type is stored', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Fast hands.']) }));
    const { cookie } = await cookieFor(editor);
    const typist = await connect(instance.url, story.id, cookie);
    // 300 presence messages at once (two a keystroke is what the editor sends): far over the 120 a person may send at once.
    for (let i = 0; i < 300; i++) typist.provider.setAwarenessField('field', i % 2 ? 'headline' : 'body');
    typeAt(typist, 0, 'Typed fast. ');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(typist.events.filter((event) => event.startsWith('close'))).toEqual([]);
    expect(await flush(typist)).toMatchObject({ type: 'stored' });
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id }, select: { body: true } });
    expect(JSON.stringify(row.body)).toContain('Typed fast. ');
    typist.close();
  });

  it('edits are rate-limited per person across all their sockets', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Rates.']) }));
    const { cookie } = await cookieFor(editor);
    const sockets = await Promise.all(Array.from({ length: 3 }, () => connect(instance.url, story.id, cookie)));
    // 3 × 400 single-character updates at once: over the burst a person may send, whichever socket they come from.
    for (let i = 0; i < 400; i++) for (const socket of sockets) typeAt(socket, 0, 'z');
    await expect.poll(() => sockets.some((s) => s.events.includes('close:4429')), { timeout: 10_000 }).toBe(true);
    for (const socket of sockets) socket.close();
  });
  it('answers a malformed or foreign Origin with 403 and closes the socket; 1,000 bad upgrades leave no descriptor open and throw nothing', async () => {
    const editor = await seedUser('EDITOR');
    const { cookie } = await cookieFor(editor);
    for (const origin of ['null', `http://127.0.0.1:${instance.port}.evil.example`, 'http://evil.example', 'javascript:alert(1)', '%%%', '']) {
      expect(await upgradeStatus(instance.url, { origin, cookie }), origin).toBe(403);
    }
    expect(await upgradeStatus(instance.url, { origin: `http://127.0.0.1:${instance.port}`, cookie })).toBe(101);
    const before = openDescriptors();
    const statuses = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) => upgradeStatus(instance.url, { origin: i % 2 ? 'null' : 'http://evil.example', cookie })),
    );
    // Refused for the Origin, or (past the per-address rate) as too many: every one answered.
    expect(new Set(statuses)).toEqual(new Set(statuses.filter((s) => s === 403 || s === 429)));
    expect(statuses.filter((s) => s === 403).length).toBeGreaterThan(0);
    await expect.poll(openDescriptors, { timeout: 10_000 }).toBeLessThan(before + 20);
    expect(uncaught).toEqual([]);
  });

  it('closes a socket that has no story open (it would be judged by nothing, not even sign-out), and leaves one with a story open', async () => {
    const idle = await startInstance('hardening-idle', { idleSocketMs: 300 });
    try {
      const editor = await seedUser('EDITOR');
      const { cookie } = await cookieFor(editor);
      const headers = { cookie, 'x-newsroom-client-address': '203.0.113.9' };
      const bare = new WebSocket(idle.url, { headers });
      const closed = new Promise<number>((resolve) => bare.once('close', (code) => resolve(code)));
      await new Promise((resolve) => bare.once('open', resolve));
      const story = await saveStoryInput(editor, storyInput());
      const working = await connect(idle.url, story.id, cookie, { headers: { 'x-newsroom-client-address': '203.0.113.9' } });
      expect(await closed).toBe(4408);
      // Well past the idle time, the socket with a story open still carries edits.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      addParagraph(working, 'Still connected.');
      expect(await flush(working)).toMatchObject({ type: 'stored' });
      working.close();
    } finally {
      await idle.stop();
    }
  });

  it('a connection refused as it opens (its first message already one the door refuses) is not kept: no presence, no document held', async () => {
    const editor = await seedUser('EDITOR');
    const { cookie } = await cookieFor(editor);
    const story = await saveStoryInput(editor, storyInput());
    // A browser whose copy of the story was forged offline: every time it connects, its first update is refused.
    const forged = new Y.Doc();
    forged.getMap(FIELDS_MAP).set('tags', 'not a list');
    const client = await connect(instance.url, story.id, cookie, { expectSync: false, doc: forged, headers: { 'x-newsroom-client-address': '203.0.113.11' } });
    await expect.poll(() => client.events.filter((event) => event === 'close:4422').length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    client.close();
    // Every connection it made is gone from the server: nobody is shown on the story.
    await expect.poll(() => prisma.storyPresence.count({ where: { storyId: story.id } }), { timeout: 10_000 }).toBe(0);
  });
});
