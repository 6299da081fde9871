import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Connection } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { can, type Viewer } from '@/lib/auth/permissions';
import { findSessionViewer } from '@/lib/auth/sessions';
import { validateBody } from '@/lib/content/validate';
import { prisma } from '@/lib/db';
import { listenOnChannel } from '@/lib/pg-channel';
import { saveSharedBody } from '@/lib/stories/mutations';
import { collabAccess, storyIdOfDocument } from './access';
import { bodyOfYDoc } from './document-state';
import { loadSharedState, storeSharedState } from './persistence';
import { viewerOfCookies } from './session-cookie';

export const COLLAB_CHANNEL = 'newsroom_collab';
/** Updates from another instance are applied with this origin, so they are not sent back out. */
const REMOTE = Symbol('remote instance');
const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
/** More messages than this in FLOOD_WINDOW_MS disconnects the client (typing fast is ~20/s). */
const FLOOD_MESSAGES = 400;
const FLOOD_WINDOW_MS = 5_000;
const SWEEP_MS = 2_000;
/** NOTIFY carries at most 8,000 bytes: larger updates go through a table. */
const INLINE_UPDATE_BYTES = 6_000;

type Context = { viewer: Viewer; sessionId: string; storyId: string };

/** The client ids an awareness update speaks for (its wire format: count, then id, clock, state each). */
function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}
type Signal = { origin: string; storyId: string; kind: 'doc' | 'awareness'; data?: string; id?: string };

/**
 * The collaboration server: Hocuspocus (Yjs) behind the desk session. A connection is
 * accepted only with a valid desk session and `story.edit` on a story that can change
 * (read-only otherwise, refused for readers); a session signed out or a user
 * deactivated is disconnected within SWEEP_MS. The merged state is stored in
 * PostgreSQL and the body written through the ordinary save path; other instances get
 * every update and presence change over LISTEN/NOTIFY.
 */
export function startCollabServer(options: { connectionString: string; instanceId: string; allowedOrigins?: string[]; log?: (line: string) => void }) {
  const log = options.log ?? console.error;
  const lastEditor = new Map<string, Viewer>();
  const open = new Map<Connection, Context>();
  const rates = new WeakMap<Connection, { count: number; since: number }>();
  /** People connected to other instances, by document: their presence is not sent back out. */
  const remoteClients = new Map<string, Set<number>>();

  const publish = async (signal: Omit<Signal, 'origin'>, bytes: Uint8Array) => {
    const payload: Signal = { ...signal, origin: options.instanceId };
    if (bytes.byteLength <= INLINE_UPDATE_BYTES) payload.data = Buffer.from(bytes).toString('base64');
    else payload.id = String((await prisma.collabUpdate.create({ data: { storyId: signal.storyId, update: Buffer.from(bytes), origin: options.instanceId }, select: { id: true } })).id);
    await prisma.$executeRaw`SELECT pg_notify(${COLLAB_CHANNEL}, ${JSON.stringify(payload)})`;
  };

  const hocuspocus = new Hocuspocus({
    name: options.instanceId,
    quiet: true,
    debounce: 1_000,
    maxDebounce: 5_000,
    async onAuthenticate({ requestHeaders, documentName, connectionConfig }) {
      const storyId = storyIdOfDocument(documentName);
      const who = await viewerOfCookies(requestHeaders.cookie);
      const story = storyId ? await prisma.story.findUnique({ where: { id: storyId }, select: { status: true } }) : null;
      const access = collabAccess(who?.viewer ?? null, story);
      if (access === 'none' || !who || !storyId) throw new Error('Not allowed on this story.');
      if (access === 'read') connectionConfig.readOnly = true;
      return { viewer: who.viewer, sessionId: who.sessionId, storyId } satisfies Context;
    },
    async onLoadDocument({ documentName, document }) {
      const storyId = storyIdOfDocument(documentName);
      const state = storyId ? await loadSharedState(storyId) : null;
      if (state) Y.applyUpdate(document, state, REMOTE);
      return document;
    },
    async connected({ connection, context }) {
      open.set(connection, context as Context);
      connection.onClose(() => open.delete(connection));
    },
    async beforeHandleMessage({ connection, update }) {
      const now = Date.now();
      const rate = rates.get(connection) ?? { count: 0, since: now };
      if (now - rate.since > FLOOD_WINDOW_MS) Object.assign(rate, { count: 0, since: now });
      rate.count++;
      rates.set(connection, rate);
      if (rate.count > FLOOD_MESSAGES || update.byteLength > MAX_MESSAGE_BYTES) {
        cut(connection, 4429, 'Too many or too large messages');
        throw new Error('flood');
      }
    },
    async onChange({ documentName, context, update, transactionOrigin }) {
      if (transactionOrigin === REMOTE) return;
      const storyId = storyIdOfDocument(documentName);
      if (!storyId) return;
      if ((context as Context | undefined)?.viewer) lastEditor.set(documentName, (context as Context).viewer);
      await publish({ storyId, kind: 'doc' }, update).catch((error: Error) => log(`[collab] could not pass an update on: ${error.message}`));
    },
    async onAwarenessUpdate({ documentName, awareness, added, updated, removed }) {
      const storyId = storyIdOfDocument(documentName);
      const remote = remoteClients.get(documentName);
      const changed = [...added, ...updated, ...removed].filter((id) => !remote?.has(id));
      if (!storyId || !changed.length) return;
      await publish({ storyId, kind: 'awareness' }, awarenessProtocol.encodeAwarenessUpdate(awareness, changed)).catch(() => {});
    },
    async onStoreDocument({ documentName, document }) {
      const storyId = storyIdOfDocument(documentName);
      if (!storyId) return;
      await storeSharedState(storyId, document);
      const editor = lastEditor.get(documentName);
      if (!editor) return;
      let body;
      try {
        body = validateBody(bodyOfYDoc(document));
      } catch (error) {
        return log(`[collab] ${documentName}: the shared body is not a valid story body (${(error as Error).message}); not saved`);
      }
      await saveSharedBody(editor, storyId, body).catch((error: Error) => log(`[collab] ${documentName}: the body could not be saved: ${error.message}`));
    },
  });

  const listener = listenOnChannel(options.connectionString, COLLAB_CHANNEL, {
    onPayload: (payload) => {
      void (async () => {
        const signal = JSON.parse(payload) as Signal;
        if (signal.origin === options.instanceId) return;
        const document = hocuspocus.documents.get(`story:${signal.storyId}`);
        if (!document) return;
        const bytes = signal.data ? Buffer.from(signal.data, 'base64') : (await prisma.collabUpdate.findUnique({ where: { id: BigInt(signal.id!) } }))?.update;
        if (!bytes) return;
        if (signal.kind === 'doc') Y.applyUpdate(document, bytes, REMOTE);
        else {
          const ids = remoteClients.get(document.name) ?? new Set<number>();
          for (const id of awarenessClients(bytes)) ids.add(id);
          remoteClients.set(document.name, ids);
          awarenessProtocol.applyAwarenessUpdate(document.awareness, bytes, REMOTE);
        }
      })().catch((error: Error) => log(`[collab] could not apply an update from another instance: ${error.message}`));
    },
    // Updates were lost while away: documents here resync from the stored state when clients reconnect.
    onReconnect: () => hocuspocus.closeConnections(),
  }, log);

  /** Ends a connection and its socket (a client allowed back in reconnects with what it may now do). */
  const cut = (connection: Connection, code: number, reason: string) => {
    open.delete(connection);
    connection.close({ code, reason });
    connection.webSocket.close(code, reason);
  };

  // Who is still allowed: signed-out sessions, deactivated users and killed stories lose their connections.
  const sweep = setInterval(() => {
    void (async () => {
      const sessions = new Map<string, Context>();
      for (const context of open.values()) sessions.set(context.sessionId, context);
      const valid = new Map<string, Viewer | null>();
      for (const [sessionId, context] of sessions) valid.set(sessionId, await findSessionViewer(sessionId, context.viewer.id));
      const storyIds = [...new Set([...open.values()].map((c) => c.storyId))];
      const stories = new Map((await prisma.story.findMany({ where: { id: { in: storyIds } }, select: { id: true, status: true } })).map((s) => [s.id, s]));
      for (const [connection, context] of open) {
        const viewer = valid.get(context.sessionId) ?? null;
        const access = collabAccess(viewer, stories.get(context.storyId) ?? null);
        if (access === 'none') cut(connection, 4401, 'Signed out');
        else if (access === 'read' && !connection.readOnly) cut(connection, 4403, 'This story can no longer be edited');
        else if (viewer && !can(viewer, 'story.edit') && !connection.readOnly) cut(connection, 4403, 'Your role changed');
      }
      await prisma.collabUpdate.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 60_000) } } });
    })().catch((error: Error) => log(`[collab] sweep failed: ${error.message}`));
  }, SWEEP_MS);
  sweep.unref();

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  /** For the front server's `upgrade` event: a WebSocket on COLLAB_PATH from this site's own pages. */
  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const origin = request.headers.origin;
    const host = request.headers.host;
    const sameSite = !origin || (host && new URL(origin).host === host) || options.allowedOrigins?.includes(origin);
    if (!sameSite) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      // Counted before anything is decoded: junk floods are cut off too.
      let count = 0;
      let since = Date.now();
      ws.on('message', () => {
        if (Date.now() - since > FLOOD_WINDOW_MS) { count = 0; since = Date.now(); }
        if (++count > FLOOD_MESSAGES) ws.close(4429, 'Too many messages');
      });
      hocuspocus.handleConnection(ws, request);
    });
  }

  return {
    hocuspocus,
    handleUpgrade,
    ready: listener.ready,
    async stop() {
      clearInterval(sweep);
      hocuspocus.closeConnections();
      await Promise.all([...hocuspocus.documents.values()].map((doc) => storeSharedState(storyIdOfDocument(doc.name)!, doc).catch(() => {})));
      await listener.stop();
      sockets.close();
    },
  };
}
