import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Viewer } from '@/lib/auth/permissions';
import { createSession } from '@/lib/auth/sessions';
import { docFromParagraphs } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { collabDocumentName } from '@/lib/collab/access';
import { BODY_FIELD } from '@/lib/collab/document-state';
import { startCollabServer } from '@/lib/collab/server';
import { prisma } from '@/lib/db';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const SECRET = 'collaboration-test-secret-0123456789';

type Instance = { server: Server; stop: () => Promise<void>; url: string };

async function startInstance(name: string): Promise<Instance> {
  const collab = startCollabServer({ connectionString: process.env.DATABASE_URL!, instanceId: name, log: () => {} });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (request, socket, head) => collab.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await collab.ready;
  return {
    server, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/collab`,
    stop: async () => { await collab.stop(); server.closeAllConnections(); server.close(); },
  };
}

/** The desk's session cookie for a user, as next-auth writes it. */
async function cookieFor(viewer: Viewer) {
  const sid = await createSession(viewer.id, { address: '127.0.0.1', userAgent: 'test' });
  const token = await encode({ token: { uid: viewer.id, sid }, secret: SECRET, salt: 'authjs.session-token' });
  return { cookie: `authjs.session-token=${token}`, sid };
}

type Client = { doc: Y.Doc; provider: HocuspocusProvider; events: string[]; text: () => string; close: () => void };

/** An editor's browser, in Node: a Yjs document bound to the story through the collaboration server. */
async function connect(url: string, storyId: string, cookie: string | null, options: { expectSync?: boolean } = {}): Promise<Client> {
  const doc = new Y.Doc();
  const events: string[] = [];
  const CookieSocket = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  };
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: CookieSocket, delay: 1000, minDelay: 200, maxAttempts: 0 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket, name: collabDocumentName(storyId), document: doc, token: 'desk-session',
    onAuthenticationFailed: () => events.push('refused'),
    onClose: ({ event }) => events.push(`close:${event.code}`),
    onSynced: () => events.push('synced'),
  });
  provider.attach?.();
  if (options.expectSync !== false) await expect.poll(() => events.includes('synced'), { timeout: 10_000 }).toBe(true);
  return {
    doc, provider, events,
    text: () => docToPlainText({ type: 'doc', content: [] }) + doc.getXmlFragment(BODY_FIELD).toArray().map((p) => (p as Y.XmlElement).toArray().map((t) => (t as Y.XmlText).toString()).join('')).join('\n'),
    close: () => { provider.destroy(); socket.destroy(); },
  };
}

/** Types into the first paragraph at `offset`, as a person would, a character at a time. */
function typeAt(client: Client, offset: number, words: string) {
  const paragraph = client.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  for (let i = 0; i < words.length; i++) text.insert(offset + i, words[i]!);
}

describe('co-editing a story on PostgreSQL', () => {
  const saved = process.env.AUTH_SECRET;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    [a, b] = await Promise.all([startInstance('collab-a'), startInstance('collab-b')]);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    process.env.AUTH_SECRET = saved;
  });

  it('two editors on two instances type in the same paragraph at once: both keep their words, everywhere and in the database', async () => {
    const elena = await seedUser('EDITOR');
    const roman = await seedUser('REVIEWER');
    const story = await saveStoryInput(elena, storyInput({ body: docFromParagraphs(['The ceasefire held overnight.']) }));
    const first = await connect(a.url, story.id, (await cookieFor(elena)).cookie);
    const second = await connect(b.url, story.id, (await cookieFor(roman)).cookie);
    expect(first.text()).toBe('The ceasefire held overnight.');
    expect(second.text()).toBe('The ceasefire held overnight.');
    typeAt(first, 0, 'UPDATE: ');
    typeAt(second, 'The ceasefire held overnight'.length, ', officials said');
    for (const client of [first, second]) {
      await expect.poll(client.text, { timeout: 5_000 }).toContain('UPDATE: ');
      await expect.poll(client.text, { timeout: 5_000 }).toContain(', officials said');
    }
    expect(first.text()).toBe(second.text());
    expect(first.text()).toBe('UPDATE: The ceasefire held overnight, officials said.');
    // Written through the save path: the body, a revision, "last changed by".
    await expect.poll(async () => (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText, { timeout: 12_000 }).toBe('UPDATE: The ceasefire held overnight, officials said.');
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect([elena.id, roman.id]).toContain(row.lastEditorId);
    const revision = await prisma.storyRevision.findFirstOrThrow({ where: { storyId: story.id }, orderBy: { number: 'desc' } });
    expect(JSON.stringify(revision.body)).toContain('officials said'); // the revision (coalesced per author) holds the merged text
    first.close();
    second.close();
  });

  it('readers never connect; a killed story is read-only; a deactivated editor is disconnected at once', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Talks resumed in Geneva.']) }));
    const reader = await connect(a.url, story.id, null, { expectSync: false });
    await expect.poll(() => reader.events.includes('refused'), { timeout: 5_000 }).toBe(true);
    reader.close();

    const { cookie } = await cookieFor(editor);
    const client = await connect(a.url, story.id, cookie);
    await prisma.user.update({ where: { id: editor.id }, data: { active: false } });
    await expect.poll(() => client.events.some((e) => e.startsWith('close:4401')), { timeout: 6_000 }).toBe(true);
    client.close();

    // Killed: the reviewer may still open it, but nothing typed reaches the story.
    await transitionStory(editor, { storyId: story.id, action: 'submit' }).catch(() => null);
    const published = await saveStoryInput(reviewer, storyInput({ priority: 'FLASH', body: docFromParagraphs(['Blast near the port.']) }));
    await transitionStory(reviewer, { storyId: published.id, action: 'publishNow' });
    await transitionStory(reviewer, { storyId: published.id, action: 'kill', note: 'Wrong port.' });
    const watcher = await connect(b.url, published.id, (await cookieFor(reviewer)).cookie);
    typeAt(watcher, 0, 'EDITED ');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await prisma.story.findUniqueOrThrow({ where: { id: published.id } })).bodyText).toBe('Blast near the port.');
    const other = await connect(a.url, published.id, (await cookieFor(reviewer)).cookie);
    expect(other.text()).toBe('Blast near the port.');
    watcher.close();
    other.close();
  });

  it('a restart loses no acknowledged edit; junk and floods are refused without touching the document', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Markets opened higher.']) }));
    const { cookie } = await cookieFor(editor);
    const client = await connect(a.url, story.id, cookie);
    typeAt(client, 0, 'Moscow: ');
    await expect.poll(async () => (await prisma.storyCollabState.findUnique({ where: { storyId: story.id } }))?.updatedAt.getTime() ?? 0, { timeout: 8_000 }).toBeGreaterThan(Date.now() - 8_000);
    await a.stop();
    a = await startInstance('collab-a2');
    const again = await connect(a.url, story.id, cookie);
    expect(again.text()).toBe('Moscow: Markets opened higher.');
    client.close();

    // A client that sends junk, then one that floods: both cut off; the text is as it was.
    const raw = new WebSocket(a.url, { headers: { cookie } });
    await new Promise((resolve) => raw.once('open', resolve));
    const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    for (let i = 0; i < 1000 && raw.readyState === WebSocket.OPEN; i++) raw.send(Buffer.from([0xff, 0xfe, i & 0xff, 0x00, 0x01]));
    expect(await closed).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(again.text()).toBe('Moscow: Markets opened higher.');
    again.close();
  });
});
