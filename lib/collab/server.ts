import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Connection, type Document } from '@hocuspocus/server';
import { WebSocket, WebSocketServer } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { can, type Viewer } from '@/lib/auth/permissions';
import { findSessionViewer } from '@/lib/auth/sessions';
import { prisma } from '@/lib/db';
import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { RateLimiter } from '@/lib/http/rate-limit';
import { listenForJson } from '@/lib/pg-channel';
import { announceUpdate, COLLAB_CHANNEL, type CollabSignal } from '@/lib/stories/shared-doc/channel';
import { SharedDocGuard, DEFAULT_LIMITS as DOCUMENT_LIMITS, type Refusal } from '@/lib/stories/shared-doc/guard';
import { keepUnstoredState, loadStoryDocument, STORED, storeStoryDocument } from '@/lib/stories/shared-doc/store';
import { collabAccess, storyIdOfDocument } from './access';
import { ownPresence } from './awareness-guard';
import { GuardedSocket } from './guarded-socket';
import { presenceIdentity, type PresenceIdentity } from './identity';
import { parseClientMessage, SIGNED_OUT_CLOSE, type ServerMessage } from './messages';
import { clearPresence, leavePresence, renewPresence, setPresence } from './presence';
import { decideUpgrade } from './upgrade';
import { frameFor, readAwarenessEntries, readClientFrame } from './wire-message';

export { COLLAB_CHANNEL };
/** Updates from another instance are applied with this origin, so they are not sent back out. */
const REMOTE = Symbol('remote instance');
/** Presence rows are renewed every this many sweeps. */
const PRESENCE_RENEW_SWEEPS = 10;
const SWEEP_MS = 2_000;
/** A store that failed (the database away) is tried again after this long. */
const RETRY_STORE_MS = 5_000;

/**
 * The limits of one instance, documented in the README. Rates are per person across all
 * their sockets (a token bucket: `burst` at once, `perSecond` after), so opening more
 * sockets buys nothing.
 */
export const COLLAB_LIMITS = {
  /** The largest single message a socket may send. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Messages of any kind per socket in FLOOD_WINDOW_MS, counted before anything is decoded (typing fast is ~20/s). */
  floodMessages: 400,
  floodWindowMs: 5_000,
  updates: { burst: 600, perSecond: 100 },
  updateBytes: { burst: 4 * 1024 * 1024, perSecond: 512 * 1024 },
  /** Presence messages per person: more are dropped (the next carries the whole state again). */
  awareness: { burst: 120, perSecond: 20 },
  flushes: { burst: 10, perSecond: 1 },
  /** Stories opened (authentication messages) per person. */
  opens: { burst: 40, perSecond: 4 },
  /** Upgrades per client address (refused before any session lookup). */
  upgrades: { burst: 40, perSecond: 4 },
  /** A socket with no story open for this long is closed (4408): it is judged by nothing else, not even sign-out. */
  idleSocketMs: 30_000,
} as const;

type Context = { viewer: Viewer; sessionId: string; identity: PresenceIdentity; storyId: string };
type UpgradeContext = Omit<Context, 'storyId'>;
type Signal = CollabSignal;

const bucket = (rate: { burst: number; perSecond: number }) => new RateLimiter(rate.burst, rate.perSecond);

/** An error Hocuspocus turns into closing the connection with this code and reason. */
class CloseWith extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * The collaboration server: Hocuspocus (Yjs) behind the desk session. An upgrade is
 * refused before any WebSocket exists unless it comes from this site with a valid desk
 * session; a story opens for editing with `story.edit` on a story that can change
 * (read-only otherwise, refused for readers); a session signed out, a user deactivated
 * or a story killed is cut off within SWEEP_MS. Every update is tried at the door
 * (SharedDocGuard) before it enters the document; presence must name the person the
 * session says. The story is written through the one write path
 * (lib/stories/shared-doc/store.ts); other instances get every update and presence
 * change over LISTEN/NOTIFY.
 */
export function startCollabServer(options: {
  connectionString: string;
  instanceId: string;
  allowedOrigins?: string[];
  log?: (line: string) => void;
  /** Overrides COLLAB_LIMITS.idleSocketMs (tests). */
  idleSocketMs?: number;
}) {
  const log = options.log ?? console.error;
  const limits = COLLAB_LIMITS;
  const lastEditor = new Map<string, Viewer>();
  const saveReasons = new Map<string, 'SAVE'>();
  const guards = new Map<string, SharedDocGuard>();
  const open = new Map<Connection, Context>();
  /** Every accepted socket: how many stories it has open, and since when it has had none. */
  const socketStories = new Map<GuardedSocket, { stories: number; since: number }>();
  const idleSocketMs = options.idleSocketMs ?? limits.idleSocketMs;
  /** Which socket speaks for each presence client id, per document. */
  const presenceOwners = new Map<string, Map<number, GuardedSocket>>();
  /** People connected to other instances, by document: their presence is not sent back out. */
  const remoteClients = new Map<string, Set<number>>();
  const rates = {
    updates: bucket(limits.updates),
    updateBytes: bucket(limits.updateBytes),
    awareness: bucket(limits.awareness),
    flushes: bucket(limits.flushes),
    opens: bucket(limits.opens),
    upgrades: bucket(limits.upgrades),
  };

  const publish = async (signal: Omit<Signal, 'origin' | 'data' | 'id'>, bytes: Uint8Array) =>
    announceUpdate(prisma, { ...signal, origin: options.instanceId }, bytes);

  /** Ends a connection and its socket (a client allowed back in reconnects with what it may now do). */
  /** Connections refused or cut, perhaps before `connected` ran for them (a queued first message can be refused). */
  const ended = new WeakSet<Connection>();

  const cut = (connection: Connection, code: number, reason: string) => {
    ended.add(connection);
    open.delete(connection);
    connection.close({ code, reason });
    connection.webSocket.close(code, reason);
  };

  /** Refuses a message at the door: the sender is told what and why, and its socket is closed (it resyncs when it reconnects). */
  const refuse = (connection: Connection, refusal: Refusal): never => {
    log(
      `[collab] refused a message from ${contextOf(connection)?.viewer.id ?? 'unknown'} on ${connection.document.name} (${refusal.field}): ${refusal.message}`,
    );
    const message: ServerMessage = { type: 'refused', field: refusal.field, message: refusal.message };
    connection.sendStateless(JSON.stringify(message));
    ended.add(connection);
    open.delete(connection);
    connection.webSocket.close(4422, 'Refused');
    throw new CloseWith(4422, 'Refused');
  };

  const contextOf = (connection: Connection) => open.get(connection) ?? (connection.context as Context | undefined);

  const hocuspocus = new Hocuspocus({
    name: options.instanceId,
    quiet: true,
    debounce: 1_000,
    maxDebounce: 5_000,
    async onAuthenticate({ documentName, connectionConfig, context }) {
      const who = context as UpgradeContext | undefined;
      if (!who?.viewer) throw new Error('Not signed in.');
      if (!rates.opens.take(who.viewer.id).ok) throw new Error('Too many stories opened at once.');
      const storyId = storyIdOfDocument(documentName);
      const story = storyId ? await prisma.story.findUnique({ where: { id: storyId }, select: { status: true } }) : null;
      const access = collabAccess(who.viewer, story);
      if (access === 'none' || !storyId) throw new Error('Not allowed on this story.');
      if (access === 'read') connectionConfig.readOnly = true;
      return { storyId };
    },
    async onLoadDocument({ documentName, document }) {
      const storyId = storyIdOfDocument(documentName);
      const state = storyId ? await loadStoryDocument(storyId) : null;
      if (state) Y.applyUpdate(document, state, STORED);
      return document;
    },
    async afterLoadDocument({ documentName, document }) {
      guards.set(documentName, new SharedDocGuard(document, DOCUMENT_LIMITS));
    },
    async afterUnloadDocument({ documentName }) {
      guards.get(documentName)?.dispose();
      guards.delete(documentName);
      lastEditor.delete(documentName);
      saveReasons.delete(documentName);
      presenceOwners.delete(documentName);
      remoteClients.delete(documentName);
    },
    async connected({ connection, context }) {
      const ctx = context as Context;
      // Tracked only while it lives, and its close handled before anything is awaited: a connection
      // kept here after it closed would keep its document (and the story's text) in memory for good.
      if (ended.has(connection) || connection.webSocket.readyState >= WebSocket.CLOSING) return;
      open.set(connection, ctx);
      const socket = socketStories.get(connection.webSocket as unknown as GuardedSocket);
      if (socket) socket.stories++;
      connection.onClose(() => {
        open.delete(connection);
        if (socket && --socket.stories === 0) socket.since = Date.now();
        void leavePresence(connection.socketId, ctx.storyId).catch(() => {});
      });
      await setPresence({
        socketId: connection.socketId,
        storyId: ctx.storyId,
        userId: ctx.viewer.id,
        instanceId: options.instanceId,
        activity: 'viewing',
      }).catch(() => {});
      // Closed while its presence was being written: the row written after the leave goes too.
      if (!open.has(connection)) void leavePresence(connection.socketId, ctx.storyId).catch(() => {});
    },
    // Runs before Hocuspocus applies a message, in order, synchronously: nothing is awaited here.
    async beforeHandleMessage({ connection, documentName, update: data }) {
      const ctx = contextOf(connection);
      if (!ctx) return;
      let frame;
      try {
        frame = readClientFrame(data);
      } catch {
        return refuse(connection, { field: 'document', message: 'A message from this browser could not be read.' });
      }
      if (frame.kind === 'update') {
        if (connection.readOnly) return; // Hocuspocus answers it without applying anything
        const user = ctx.viewer.id;
        if (!rates.updates.take(user).ok || !rates.updateBytes.take(user, Date.now(), frame.update.byteLength).ok) {
          cut(connection, 4429, 'Too many edits at once');
          throw new CloseWith(4429, 'Too many edits at once');
        }
        const refusal = guards.get(documentName)?.check(frame.update, user);
        if (refusal) refuse(connection, refusal);
      }
    },
    async onStateless({ connection, document, payload }) {
      const message = parseClientMessage(payload);
      const ctx = contextOf(connection);
      if (!message || !ctx) return;
      if (message.type === 'activity') {
        if (!rates.awareness.take(ctx.viewer.id).ok) return;
        await setPresence({
          socketId: connection.socketId,
          storyId: ctx.storyId,
          userId: ctx.viewer.id,
          instanceId: options.instanceId,
          activity: message.activity,
        }).catch(() => {});
        return;
      }
      // A read-only connection has nothing of its own to store: its "Save" costs nothing.
      if (connection.readOnly || !rates.flushes.take(ctx.viewer.id).ok) return;
      saveReasons.set(document.name, 'SAVE');
      if (!lastEditor.has(document.name)) lastEditor.set(document.name, ctx.viewer);
      await storeNow(document);
    },
    async onChange({ documentName, context, update, transactionOrigin }) {
      if (transactionOrigin === REMOTE || transactionOrigin === STORED) return;
      const storyId = storyIdOfDocument(documentName);
      if (!storyId) return;
      const viewer = (context as Context | undefined)?.viewer;
      if (viewer) lastEditor.set(documentName, viewer);
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
      const reason = saveReasons.get(documentName) ?? 'AUTOSAVE';
      saveReasons.delete(documentName);
      let message: ServerMessage;
      try {
        const outcome = await storeStoryDocument(storyId, document, lastEditor.get(documentName) ?? null, reason);
        if (!outcome) return;
        message = {
          type: 'stored',
          stateVector: Buffer.from(outcome.stateVector).toString('base64'),
          version: outcome.version,
          slug: outcome.slug,
          status: outcome.status,
          savedAt: new Date().toISOString(),
          held: outcome.held,
        };
      } catch (error) {
        log(`[collab] ${documentName}: the story could not be stored: ${(error as Error).message}`);
        const why = 'The story could not be stored just now. Your text is kept and is stored again in a few seconds.';
        await keepUnstoredState(storyId, document, why).catch((kept: Error) =>
          log(`[collab] ${documentName}: the shared text could not be kept either: ${kept.message}`),
        );
        message = { type: 'not-stored', message: why };
        setTimeout(() => {
          if (hocuspocus.documents.get(documentName) === document) void storeNow(document).catch(() => {});
        }, RETRY_STORE_MS).unref();
      }
      document.broadcastStateless(JSON.stringify(message));
    },
  });

  /** Runs the store now instead of after the debounce (a "Save", a workflow move, a shutdown). */
  const storeNow = (document: Document) =>
    hocuspocus.storeDocumentHooks(
      document,
      {
        clientsCount: document.getConnectionsCount(),
        context: {},
        document,
        documentName: document.name,
        instance: hocuspocus,
        requestHeaders: {},
        requestParameters: new URLSearchParams(),
        socketId: '',
      },
      true,
    );

  const listener = listenForJson<Signal>(
    options.connectionString,
    COLLAB_CHANNEL,
    {
      onMessage: (signal) => {
        void (async () => {
          if (signal.origin === options.instanceId) return;
          const document = hocuspocus.documents.get(`story:${signal.storyId}`);
          if (!document) return;
          const bytes = signal.data
            ? Buffer.from(signal.data, 'base64')
            : (await prisma.collabUpdate.findUnique({ where: { id: BigInt(signal.id!) } }))?.update;
          if (!bytes) return;
          if (signal.kind === 'doc') Y.applyUpdate(document, bytes, REMOTE);
          else {
            const ids = remoteClients.get(document.name) ?? new Set<number>();
            for (const entry of readAwarenessEntries(bytes, 1_000)) ids.add(entry.clientId);
            remoteClients.set(document.name, ids);
            awarenessProtocol.applyAwarenessUpdate(document.awareness, bytes, REMOTE);
          }
        })().catch((error: Error) => log(`[collab] could not apply an update from another instance: ${error.message}`));
      },
      // Updates were lost while away: documents here resync from the stored state when clients reconnect.
      onReconnect: () => hocuspocus.closeConnections(),
    },
    log,
  );

  // Who is still allowed: signed-out sessions, deactivated users and killed stories lose their connections.
  let sweeps = 0;
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [socket, entry] of socketStories) {
      if (entry.stories > 0 || now - entry.since < idleSocketMs) continue;
      socketStories.delete(socket);
      socket.close(4408, 'No story open');
    }
    void (async () => {
      if (++sweeps % PRESENCE_RENEW_SWEEPS === 0)
        await renewPresence(
          options.instanceId,
          [...open.keys()].map((c) => c.socketId),
        );
      // The connections open now are judged; one opened while the database answers is judged next time
      // (judging it against answers that do not cover it cut new connections as "signed out").
      const judged = [...open];
      const sessions = new Map<string, Context>();
      for (const [, context] of judged) sessions.set(context.sessionId, context);
      const valid = new Map<string, Viewer | null>();
      for (const [sessionId, context] of sessions) valid.set(sessionId, await findSessionViewer(sessionId, context.viewer.id));
      const storyIds = [...new Set(judged.map(([, c]) => c.storyId))];
      const stories = new Map((await prisma.story.findMany({ where: { id: { in: storyIds } }, select: { id: true, status: true } })).map((s) => [s.id, s]));
      for (const [connection, context] of judged) {
        if (!open.has(connection)) continue;
        const viewer = valid.get(context.sessionId) ?? null;
        const access = collabAccess(viewer, stories.get(context.storyId) ?? null);
        if (access === 'none') cut(connection, SIGNED_OUT_CLOSE, 'Signed out');
        else if (access === 'read' && !connection.readOnly) cut(connection, 4403, 'This story can no longer be edited');
        // Unscheduled or restored: the watcher reconnects with an editing connection.
        else if (access === 'edit' && connection.readOnly) cut(connection, 4409, 'This story can be edited again');
        else if (viewer && !can(viewer, 'story.edit') && !connection.readOnly) cut(connection, 4403, 'Your role changed');
      }
      await prisma.collabUpdate.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 60_000) } } });
    })().catch((error: Error) => log(`[collab] sweep failed: ${error.message}`));
  }, SWEEP_MS);
  sweep.unref();

  /**
   * Presence as the server applies it, before Hocuspocus sees it: only this socket's own
   * editor, named as the session says (lib/collab/awareness-guard.ts); everything else in
   * the message passes untouched.
   */
  const presenceOf = (guarded: GuardedSocket, ws: WebSocket, who: UpgradeContext, data: Uint8Array): Uint8Array | null => {
    let frame;
    try {
      frame = readClientFrame(data);
    } catch {
      return data; // Hocuspocus closes a connection whose messages it cannot read
    }
    if (frame.kind !== 'awareness') return data;
    // Over the rate, presence is dropped, never the socket: each message is the editor's whole
    // latest state, so the next one replaces what was dropped. A fast typist sends two a
    // keystroke (caret and activity) and must not lose the connection for it; a flood is
    // still closed by the per-socket message count.
    if (!rates.awareness.take(who.viewer.id).ok) return null;
    const owners = presenceOwners.get(frame.documentName) ?? new Map<number, GuardedSocket>();
    presenceOwners.set(frame.documentName, owners);
    const claim = (clientId: number) => {
      const owner = owners.get(clientId);
      if (owner) return owner === guarded;
      if ([...owners.values()].filter((socket) => socket === guarded).length >= 2) return false;
      owners.set(clientId, guarded);
      return true;
    };
    const own = ownPresence(frame.update, who.identity, claim);
    if ('problem' in own) {
      log(`[collab] refused presence from ${who.viewer.id} on ${frame.documentName}: ${own.problem}`);
      const refusal: ServerMessage = { type: 'refused', field: 'presence', message: own.problem };
      ws.send(frameFor(frame.documentName, { stateless: JSON.stringify(refusal) }));
      ws.close(4422, 'Refused');
      return null;
    }
    return own.update ? frameFor(frame.documentName, { awareness: own.update }) : null;
  };

  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });

  /** Answers an upgrade that is not accepted with a plain HTTP status, and lets the socket go. */
  const refuseUpgrade = (socket: Duplex, status: number, reason: string) => {
    if (socket.destroyed) return;
    const body = `${reason}\n`;
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      () => socket.destroy(),
    );
    setTimeout(() => socket.destroy(), 2_000).unref();
  };

  /**
   * For the front server's `upgrade` event: decided before any WebSocket exists (a
   * foreign or malformed Origin 403, no desk session 401, too many upgrades from one
   * address 429); never throws.
   */
  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    socket.on('error', () => socket.destroy());
    const address = String(request.headers[CLIENT_ADDRESS_HEADER] ?? request.socket.remoteAddress ?? 'unknown');
    if (!rates.upgrades.take(address).ok) return refuseUpgrade(socket, 429, 'Too many connections; try again in a few seconds');
    decideUpgrade(request, options.allowedOrigins)
      .then((verdict) => {
        if (!verdict.ok) return refuseUpgrade(socket, verdict.status, verdict.reason);
        if (socket.destroyed) return;
        sockets.handleUpgrade(request, socket, head, (ws) => {
          // Counted before anything is decoded: junk floods are cut off too.
          let count = 0;
          let since = Date.now();
          ws.on('message', () => {
            if (Date.now() - since > limits.floodWindowMs) {
              count = 0;
              since = Date.now();
            }
            if (++count > limits.floodMessages) ws.close(4429, 'Too many messages');
          });
          const context: UpgradeContext = { viewer: verdict.viewer, sessionId: verdict.sessionId, identity: presenceIdentity(verdict.viewer) };
          const guarded: GuardedSocket = new GuardedSocket(ws, (data) => presenceOf(guarded, ws, context, data));
          socketStories.set(guarded, { stories: 0, since: Date.now() });
          ws.once('close', () => socketStories.delete(guarded));
          ws.once('close', () => {
            for (const owners of presenceOwners.values()) for (const [id, owner] of owners) if (owner === guarded) owners.delete(id);
          });
          hocuspocus.handleConnection(guarded as unknown as WebSocket, request, context);
        });
      })
      .catch((error: Error) => {
        log(`[collab] upgrade failed: ${error.message}`);
        refuseUpgrade(socket, 503, 'Try again in a few seconds');
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
      await Promise.all([...hocuspocus.documents.values()].map((document) => storeNow(document).catch(() => {})));
      await listener.stop();
      sockets.close();
    },
  };
}
