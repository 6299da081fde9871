// Editors' browsers in Node, for the collaboration tests: an app instance's collaboration
// server on a port of its own, the desk's session cookie, and Yjs clients bound to a story.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import { expect } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Viewer } from '@/lib/auth/permissions';
import { createSession } from '@/lib/auth/sessions';
import { collabDocumentName } from '@/lib/collab/access';
import { presenceIdentity } from '@/lib/collab/identity';
import { parseServerMessage, type ServerMessage } from '@/lib/collab/messages';
import { startCollabServer } from '@/lib/collab/server';
import { BODY_FIELD } from '@/lib/stories/shared-doc/fields';

export const SECRET = 'collaboration-test-secret-0123456789';

export type Instance = { server: Server; stop: () => Promise<void>; url: string; port: number };

export async function startInstance(name: string, options: { idleSocketMs?: number } = {}): Promise<Instance> {
  const collab = startCollabServer({
    connectionString: process.env.DATABASE_URL!,
    instanceId: name,
    log: process.env.COLLAB_LOG ? console.error : () => {},
    ...options,
  });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (request, socket, head) => collab.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await collab.ready;
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `ws://127.0.0.1:${port}/collab`,
    stop: async () => {
      await collab.stop();
      server.closeAllConnections();
      server.close();
    },
  };
}

/** The desk's session cookie for a user, as next-auth writes it. */
export async function cookieFor(viewer: Viewer) {
  const sid = await createSession(viewer.id, { address: '127.0.0.1', userAgent: 'test' });
  const token = await encode({ token: { uid: viewer.id, sid }, secret: SECRET, salt: 'authjs.session-token' });
  return { cookie: `authjs.session-token=${token}`, sid };
}

export type Client = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  events: string[];
  stored: Extract<ServerMessage, { type: 'stored' }>[];
  notices: ServerMessage[];
  /** Every message from the server, in order. */
  messages: ServerMessage[];
  text: () => string;
  close: () => void;
};

/** An editor's browser, in Node: a Yjs document bound to the story through the collaboration server. */
export async function connect(
  url: string,
  storyId: string,
  cookie: string | null,
  options: { expectSync?: boolean; viewer?: Viewer; headers?: Record<string, string>; doc?: Y.Doc } = {},
): Promise<Client> {
  const doc = options.doc ?? new Y.Doc();
  const events: string[] = [];
  const stored: Client['stored'] = [];
  const notices: ServerMessage[] = [];
  const messages: ServerMessage[] = [];
  const CookieSocket = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), ...options.headers } });
      this.on('error', () => {});
    }
  };
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: CookieSocket, delay: 1000, minDelay: 200, maxAttempts: 0 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: collabDocumentName(storyId),
    document: doc,
    token: 'desk-session',
    onAuthenticationFailed: () => events.push('refused'),
    onClose: ({ event }) => events.push(`close:${event.code}`),
    onSynced: () => events.push('synced'),
    onStateless: ({ payload }) => {
      const message = parseServerMessage(payload);
      if (message) messages.push(message);
      if (message?.type === 'stored') stored.push(message);
      else if (message) notices.push(message);
    },
  });
  provider.attach?.();
  if (options.viewer) provider.setAwarenessField('user', presenceIdentity(options.viewer));
  if (options.expectSync !== false) await expect.poll(() => events.includes('synced'), { timeout: 10_000 }).toBe(true);
  return {
    doc,
    provider,
    events,
    stored,
    notices,
    messages,
    text: () =>
      doc
        .getXmlFragment(BODY_FIELD)
        .toArray()
        .map((p) =>
          (p as Y.XmlElement)
            .toArray()
            .map((t) => (t as Y.XmlText).toString())
            .join(''),
        )
        .join('\n'),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Types into the first paragraph at `offset`, as a person would, a character at a time. */
export function typeAt(client: Client, offset: number, words: string, paragraph = 0) {
  const element = client.doc.getXmlFragment(BODY_FIELD).get(paragraph) as Y.XmlElement;
  const text = element.get(0) as Y.XmlText;
  for (let i = 0; i < words.length; i++) text.insert(offset + i, words[i]!);
}

/** Adds a paragraph at the end of the body, as pressing Enter and typing would. */
export function addParagraph(client: Client, words: string) {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(words)]);
  const body = client.doc.getXmlFragment(BODY_FIELD);
  body.insert(body.length, [paragraph]);
}

/** Asks the server to store now and waits for the answer that covers this client's edits (or a refusal). */
export async function flush(client: Client): Promise<ServerMessage> {
  const before = client.messages.length;
  client.provider.sendStateless(JSON.stringify({ type: 'flush' }));
  await expect.poll(() => client.messages.length, { timeout: 10_000 }).toBeGreaterThan(before);
  return client.messages.at(-1)!;
}

/** The HTTP status an upgrade to the collaboration socket gets (101 when it opens). */
export function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', () => resolve(0));
  });
}
