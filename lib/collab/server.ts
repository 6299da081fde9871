import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Connection, type Document } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { can, type Viewer } from '@/lib/auth/permissions';
import { findSessionViewer } from '@/lib/auth/sessions';
import { prisma } from '@/lib/db';
import { listenOnChannel } from '@/lib/pg-channel';
import { saveSharedStory } from '@/lib/stories/mutations';
import { collabAccess, storyIdOfDocument } from './access';
import { COLLAB_CHANNEL, type CollabSignal } from './channel';
import { draftOfYDoc } from './document-state';
import { parseClientMessage, type ServerMessage } from './messages';
import { claimOutsideWrite, loadSharedState, storedDraft, storeSharedState } from './persistence';
import { clearPresence, leavePresence, renewPresence, setPresence } from './presence';
import { applyStoryToYDoc } from './seed';
import { viewerOfCookies } from './session-cookie';

export { COLLAB_CHANNEL };
/** Updates from another instance are applied with this origin, so they are not sent back out. */
const REMOTE = Symbol('remote instance');
/** A write made outside the shared document, brought in by this instance (and sent on to the others). */
const OUTSIDE = Symbol('outside write');
/** Presence rows are renewed every this many sweeps. */
const PRESENCE_RENEW_SWEEPS = 10;
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
type Signal = Extract<CollabSignal, { kind: 'doc' | 'awareness' }>;

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
      const ctx = context as Context;
      open.set(connection, ctx);
      await setPresence({ socketId: connection.socketId, storyId: ctx.storyId, userId: ctx.viewer.id, instanceId: options.instanceId, activity: 'viewing' }).catch(() => {});
      connection.onClose(() => {
        open.delete(connection);
        void leavePresence(connection.socketId, ctx.storyId).catch(() => {});
      });
    },
    async onStateless({ connection, document, payload }) {
      const message = parseClientMessage(payload);
      const ctx = open.get(connection);
      if (!message || !ctx) return;
      if (message.type === 'activity') {
        await setPresence({ socketId: connection.socketId, storyId: ctx.storyId, userId: ctx.viewer.id, instanceId: options.instanceId, activity: message.activity }).catch(() => {});
      } else {
        // Storing is harmless from a read-only connection (it changes nothing), and answers its "Save".
        await storeNow(document);
      }
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
      if (transactionOrigin !== OUTSIDE && (context as Context | undefined)?.viewer) lastEditor.set(documentName, (context as Context).viewer);
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
      const stateVector = Buffer.from(Y.encodeStateVector(document)).toString('base64');
      await storeSharedState(storyId, document);
      const stored = await storedDraft(storyId);
      if (!stored) return;
      const editor = lastEditor.get(documentName);
      let held = {};
      if (editor) {
        const result = await saveSharedStory(editor, storyId, draftOfYDoc(document, stored.draft))
          .catch((error: Error) => { log(`[collab] ${documentName}: the story could not be saved: ${error.message}`); return null; });
        held = result?.held ?? {};
      }
      const story = await prisma.story.findUnique({ where: { id: storyId }, select: { version: true, slug: true, status: true, updatedAt: true } });
      if (!story) return;
      const message: ServerMessage = { type: 'stored', stateVector, version: story.version, slug: story.slug, status: story.status, savedAt: new Date().toISOString(), held };
      document.broadcastStateless(JSON.stringify(message));
    },
  });

  /** Runs the store now instead of after the debounce (a "Save", a workflow move, a shutdown). */
  const storeNow = (document: Document) =>
    hocuspocus.storeDocumentHooks(document, { clientsCount: document.getConnectionsCount(), context: {}, document, documentName: document.name, instance: hocuspocus, requestHeaders: {}, requestParameters: new URLSearchParams(), socketId: '' }, true);

  const listener = listenOnChannel(options.connectionString, COLLAB_CHANNEL, {
    onPayload: (payload) => {
      void (async () => {
        const signal = JSON.parse(payload) as CollabSignal;
        if (signal.origin === options.instanceId) return;
        const document = hocuspocus.documents.get(`story:${signal.storyId}`);
        if (!document) return;
        if (signal.kind === 'outside-write') {
          // One instance brings the write in, as an edit everyone's editor follows.
          if (!(await claimOutsideWrite(signal.storyId, signal.version))) return;
          const stored = await storedDraft(signal.storyId);
          if (stored) applyStoryToYDoc(document, stored.draft, OUTSIDE);
          return;
        }
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
  let sweeps = 0;
  const sweep = setInterval(() => {
    void (async () => {
      if (++sweeps % PRESENCE_RENEW_SWEEPS === 0) await renewPresence(options.instanceId, [...open.keys()].map((c) => c.socketId));
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
        // Unscheduled or restored: the watcher reconnects with an editing connection.
        else if (access === 'edit' && connection.readOnly) cut(connection, 4409, 'This story can be edited again');
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
      await clearPresence(options.instanceId).catch(() => {});
      hocuspocus.closeConnections();
      // Everything typed is stored, and the story written, before the server goes.
      await Promise.all([...hocuspocus.documents.values()].map((document) => storeNow(document).catch(() => storeSharedState(storyIdOfDocument(document.name)!, document).catch(() => {}))));
      await listener.stop();
      sockets.close();
    },
  };
}
