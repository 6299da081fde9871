'use client';

import { HocuspocusProvider } from '@hocuspocus/provider';
import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { collabDocumentName } from '@/lib/collab/access';
import type { PresenceIdentity } from '@/lib/collab/identity';
import { parseServerMessage, SIGNED_OUT_CLOSE, type Activity, type ServerMessage } from '@/lib/collab/messages';
import { holdsStory } from '@/lib/stories/shared-doc/codec';
import { applyServerEditTo } from './apply-server-edit';

/** How long to wait for the server before working from the copy on this device. */
const OFFLINE_AFTER_MS = 3_000;
const FLUSH_TIMEOUT_MS = 10_000;

export type SharedConnection = 'connecting' | 'online' | 'offline';
/** Why this person may not (or no longer) edit through the shared document. */
export type SharedRefusal = 'read-only' | 'signed-out' | null;
export type StoredMessage = Extract<ServerMessage, { type: 'stored' }>;
/** A change from this browser the server refused at the door, and why. */
export type DoorRefusal = Extract<ServerMessage, { type: 'refused' }>;

/** The answer to "store everything now": stored (and what), or why not. */
export type FlushAnswer = { ok: true; stored: StoredMessage | null } | { ok: false; message: string; stored?: StoredMessage };

export type SharedStory = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The document holds the story: synced with the server, or the device copy while the server is out of reach. */
  ready: boolean;
  connection: SharedConnection;
  refused: SharedRefusal;
  /** The last store the server reported. */
  stored: StoredMessage | null;
  /** The last store failed before anything was written (retried by the server). */
  notStored: string | null;
  /** A change from here refused at the door (the connection is paused until the person chooses). */
  doorRefusal: DoorRefusal | null;
  /** Every edit made here is in the text the server last wrote. */
  persisted: boolean;
  /** Every edit made here is written to this device's copy (IndexedDB has committed it). */
  keptHere: boolean;
  /** Asks the server to store and write the story now; answers once this device's edits are written, or why not. */
  flush: () => Promise<FlushAnswer>;
  setActivity: (activity: Activity) => void;
  /** Connects again: after a door refusal (the refused change is offered again by this device), or when the story became editable (a fresh connection is an editing one). */
  reconnect: () => void;
  /** Forgets what this device kept of the story and reloads it from the server. */
  discardDeviceCopy: () => Promise<void>;
  /**
   * Applies an edit the server made and answered with (base64), at once: the same update
   * comes again through the collaboration server, where Yjs finds it already applied. Taken
   * as the server's own, so it is not sent back.
   */
  /** False when the update could not be read (the edit still arrives through the collaboration server). */
  applyServerEdit: (update: string) => boolean;
};

const deviceCopyName = (storyId: string) => `newsroom:v2:${collabDocumentName(storyId)}`;

/** This device's edits are in a stored state vector. */
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const decodeVector = (base64: string) => Y.decodeStateVector(bytesOf(base64));

/** The stored text holds every edit made in this session, and those this device kept from earlier ones (`fromDevice`). */
function covers(doc: Y.Doc, message: StoredMessage, fromDevice: ReadonlyMap<number, number>) {
  const stored = decodeVector(message.stateVector);
  const mine = Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
  if ((stored.get(doc.clientID) ?? 0) < mine) return false;
  for (const [client, clock] of fromDevice) if ((stored.get(client) ?? 0) < clock) return false;
  return true;
}

/**
 * A story's shared document on the desk: a Yjs document kept on this device
 * (IndexedDB, so edits made offline survive a closed tab) and bound to the
 * collaboration server at /collab with the desk session. The CRDT merges what was
 * typed here and elsewhere when the connection comes back. "Persisted" means the
 * server has written the story from a state holding every edit made here.
 */
export function useSharedStory(storyId: string, person: PresenceIdentity, readOnlyStory: boolean, storedStateVector: string | null) {
  const [shared, setShared] = useState<{ doc: Y.Doc; provider: HocuspocusProvider; local: IndexeddbPersistence } | null>(null);
  const [synced, setSynced] = useState(false);
  const [localReady, setLocalReady] = useState(false);
  const [connection, setConnection] = useState<SharedConnection>('connecting');
  const [refused, setRefused] = useState<SharedRefusal>(readOnlyStory ? 'read-only' : null);
  const [stored, setStored] = useState<StoredMessage | null>(null);
  const [notStored, setNotStored] = useState<string | null>(null);
  const [doorRefusal, setDoorRefusal] = useState<DoorRefusal | null>(null);
  const [persisted, setPersisted] = useState(true);
  const [keptHere, setKeptHere] = useState(true);
  const waiters = useRef(new Set<(message: ServerMessage | 'read-only') => void>());
  const lastActivity = useRef<Activity | null>(null);
  // Edits this device kept from earlier sessions (offline, or a tab closed before the server stored them) that the stored text lacks.
  const fromDevice = useRef(new Map<number, number>());
  const storedAtOpen = useRef(storedStateVector);
  const refusedRef = useRef(refused);
  useEffect(() => {
    refusedRef.current = refused;
  }, [refused]);

  useEffect(() => {
    const name = collabDocumentName(storyId);
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(deviceCopyName(storyId), doc);
    let localLoaded = false;
    const workLocally = () => {
      if (localLoaded && holdsStory(doc)) setLocalReady(true);
    };
    const offlineTimer = setTimeout(workLocally, OFFLINE_AFTER_MS);

    const provider = new HocuspocusProvider({
      url: `${window.location.origin.replace(/^http/, 'ws')}/collab`,
      name,
      document: doc,
      token: 'desk-session',
      onSynced: ({ state }) => {
        if (!state) return;
        clearTimeout(offlineTimer);
        setSynced(true);
        // Say who is here again once the server has the document: a presence sent while it was loading can be lost.
        provider.setAwarenessField('user', person);
        lastActivity.current = null;
        // A "Save" asked on a connection that was then cut (a story scheduled, a restart) is asked again.
        if (waiters.current.size || fromDevice.current.size) provider.sendStateless(JSON.stringify({ type: 'flush' }));
      },
      onStatus: ({ status }) => setConnection(status === 'connected' ? 'online' : navigator.onLine ? 'connecting' : 'offline'),
      onAuthenticated: ({ scope }) => {
        setRefused(scope === 'readonly' ? 'read-only' : null);
        if (scope === 'readonly') for (const answer of [...waiters.current]) answer('read-only');
      },
      onAuthenticationFailed: () => setRefused('signed-out'),
      // The server cuts a session that ended (signed out, deactivated) with 4401; its next
      // upgrade would be refused before any socket opens, so the provider stops trying.
      onClose: ({ event }) => {
        if (event.code !== SIGNED_OUT_CLOSE) return;
        setRefused('signed-out');
        provider.configuration.websocketProvider.disconnect();
      },
      onStateless: ({ payload }) => {
        const message = parseServerMessage(payload);
        if (!message) return;
        if (message.type === 'stored') {
          setStored(message);
          setNotStored(null);
          // The provider's own count of unacknowledged changes includes its sync handshake: the state vector is what counts.
          const covered = covers(doc, message, fromDevice.current);
          if (covered) fromDevice.current.clear();
          setPersisted(covered);
        } else if (message.type === 'not-stored') setNotStored(message.message);
        else {
          setDoorRefusal(message);
          // The refused change would be offered again at every reconnect: wait for the person.
          provider.disconnect();
        }
        for (const resolve of [...waiters.current]) resolve(message);
      },
    });
    provider.setAwarenessField('user', person);
    void local.whenSynced.then(() => {
      localLoaded = true;
      const stored = storedAtOpen.current ? decodeVector(storedAtOpen.current) : new Map<number, number>();
      for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
        if (client !== doc.clientID && (stored.get(client) ?? 0) < clock) fromDevice.current.set(client, clock);
      }
      if (fromDevice.current.size) {
        // Not "Saved" until the server has written them: asked for at once when connected, else on connecting.
        setPersisted(false);
        if (provider.isSynced) provider.sendStateless(JSON.stringify({ type: 'flush' }));
      }
      if (!navigator.onLine) workLocally();
    });
    // y-indexeddb writes each update in a transaction of its own, started before this listener runs.
    // IndexedDB runs transactions on one store in order, so a read begun now completes only once
    // that write is committed: then, and not before, the edit is kept on this device.
    let edits = 0;
    const confirmKept = () => {
      const edit = ++edits;
      setKeptHere(false);
      void local.whenSynced.then(() => {
        const read = local.db?.transaction(['updates'], 'readonly');
        if (!read) return;
        read.oncomplete = () => {
          if (edit === edits) setKeptHere(true);
        };
      });
    };
    const markEdited = (_update: Uint8Array, origin: unknown) => {
      if (origin === local) return;
      confirmKept();
      if (origin !== provider) setPersisted(false);
    };
    doc.on('update', markEdited);
    // The browser knows first when the network goes: work from the device copy, and reconnect when it returns.
    // A socket closed while offline may not report its close for a long time, and the provider
    // does not connect again while it believes it is connected: it is told at once.
    const socket = provider.configuration.websocketProvider;
    const offline = () => {
      setConnection('offline');
      workLocally();
      socket.disconnect();
      if (socket.status !== 'disconnected') socket.onClose({ event: new CloseEvent('close', { code: 4000, reason: 'The network went away' }) });
    };
    const online = () => {
      setConnection('connecting');
      void socket.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    setShared({ doc, provider, local });
    return () => {
      clearTimeout(offlineTimer);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      doc.off('update', markEdited);
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setShared(null);
      setSynced(false);
      setLocalReady(false);
    };
    // The person's name and colour are set once per story; they do not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storyId]);

  const flush = useCallback(async (): Promise<FlushAnswer> => {
    if (!shared) return { ok: false, message: 'The story is still opening.' };
    if (refusedRef.current === 'read-only') return { ok: true, stored: null };
    const { doc, provider } = shared;
    return new Promise((resolve) => {
      const done = (answer: FlushAnswer) => {
        clearTimeout(timer);
        waiters.current.delete(check);
        resolve(answer);
      };
      const check = (message: ServerMessage | 'read-only') => {
        if (message === 'read-only') return done({ ok: true, stored: null });
        if (message.type === 'refused') return done({ ok: false, message: `Not saved — ${message.message}` });
        if (message.type === 'not-stored') return done({ ok: false, message: message.message });
        // A store that does not hold this device's edits yet (it began before they arrived): the next one will.
        if (covers(doc, message, fromDevice.current)) done({ ok: true, stored: message });
      };
      const timer = setTimeout(() => done({ ok: false, message: 'The server did not answer in time. Your text is kept here; try again.' }), FLUSH_TIMEOUT_MS);
      waiters.current.add(check);
      provider.sendStateless(JSON.stringify({ type: 'flush' }));
    });
  }, [shared]);

  const setActivity = useCallback(
    (activity: Activity) => {
      if (!shared || lastActivity.current === activity) return;
      lastActivity.current = activity;
      shared.provider.setAwarenessField('activity', activity);
      shared.provider.sendStateless(JSON.stringify({ type: 'activity', activity }));
    },
    [shared],
  );

  // A new connection, authenticated afresh (an editing one once a story is restored). The
  // socket's connect() does nothing while the old socket is still closing, so it waits for the close.
  const reconnect = useCallback(() => {
    setDoorRefusal(null);
    if (!shared) return;
    const socket = shared.provider.configuration.websocketProvider;
    if (socket.status === 'disconnected') {
      void socket.connect();
      return;
    }
    const again = () => {
      socket.off('disconnect', again);
      void socket.connect();
    };
    socket.on('disconnect', again);
    socket.disconnect();
  }, [shared]);

  const discardDeviceCopy = useCallback(async () => {
    await shared?.local.clearData();
    window.location.reload();
  }, [shared]);

  const applyServerEdit = useCallback(
    (update: string) => {
      return shared ? applyServerEditTo(shared.doc, update, shared.provider) : true;
    },
    [shared],
  );

  if (!shared) return null;
  return {
    doc: shared.doc,
    provider: shared.provider,
    ready: synced || localReady,
    connection,
    refused,
    stored,
    notStored,
    doorRefusal,
    persisted,
    keptHere,
    flush,
    setActivity,
    reconnect,
    discardDeviceCopy,
    applyServerEdit,
  } satisfies SharedStory;
}
