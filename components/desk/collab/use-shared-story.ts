'use client';

import { HocuspocusProvider } from '@hocuspocus/provider';
import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { collabDocumentName } from '@/lib/collab/access';
import { BODY_FIELD } from '@/lib/collab/document-state';
import { parseServerMessage, type Activity, type ServerMessage } from '@/lib/collab/messages';

/** How long to wait for the server before working from the copy on this device. */
const OFFLINE_AFTER_MS = 3_000;
const FLUSH_TIMEOUT_MS = 10_000;

export type SharedConnection = 'connecting' | 'online' | 'offline';
/** Why this person may not (or no longer) edit through the shared document. */
export type SharedRefusal = 'read-only' | 'signed-out' | null;

export type SharedStory = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The document holds the story: synced with the server, or the device copy while the server is out of reach. */
  ready: boolean;
  connection: SharedConnection;
  refused: SharedRefusal;
  /** The last time the server stored the document, and what it said. */
  stored: ServerMessage | null;
  /** Every edit made here is stored on the server. */
  persisted: boolean;
  /** Asks the server to store and write the story now; resolves once this device's edits are in it ('read-only' when there is nothing it may store; null if not in time). */
  flush: () => Promise<ServerMessage | 'read-only' | null>;
  setActivity: (activity: Activity) => void;
};

/** This device's edits are in a stored state vector. */
function covers(doc: Y.Doc, message: ServerMessage) {
  const stored = Y.decodeStateVector(Uint8Array.from(atob(message.stateVector), (c) => c.charCodeAt(0)));
  const mine = Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
  return (stored.get(doc.clientID) ?? 0) >= mine;
}

/**
 * A story's shared document on the desk: a Yjs document kept on this device
 * (IndexedDB, so edits made offline survive a closed tab) and bound to the
 * collaboration server at /collab with the desk session. The CRDT merges what was
 * typed here and elsewhere when the connection comes back.
 */
export function useSharedStory(storyId: string | null, person: { id: string; name: string; color: string }) {
  const [shared, setShared] = useState<{ doc: Y.Doc; provider: HocuspocusProvider } | null>(null);
  const [synced, setSynced] = useState(false);
  const [localReady, setLocalReady] = useState(false);
  const [connection, setConnection] = useState<SharedConnection>('connecting');
  const [refused, setRefused] = useState<SharedRefusal>(null);
  const [stored, setStored] = useState<ServerMessage | null>(null);
  const [persisted, setPersisted] = useState(true);
  const waiters = useRef(new Set<(message: ServerMessage | 'read-only') => void>());
  const lastActivity = useRef<Activity | null>(null);

  useEffect(() => {
    if (!storyId) return;
    const name = collabDocumentName(storyId);
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`newsroom:${name}`, doc);
    let localLoaded = false;
    const hasContent = () => doc.getXmlFragment(BODY_FIELD).length > 0;
    const workLocally = () => { if (localLoaded && hasContent()) setLocalReady(true); };
    void local.whenSynced.then(() => { localLoaded = true; if (!navigator.onLine) workLocally(); });
    const offlineTimer = setTimeout(workLocally, OFFLINE_AFTER_MS);

    const provider = new HocuspocusProvider({
      url: `${window.location.origin.replace(/^http/, 'ws')}/collab`,
      name, document: doc, token: 'desk-session',
      onSynced: ({ state }) => {
        if (!state) return;
        clearTimeout(offlineTimer);
        setSynced(true);
        // Say who is here again once the server has the document: a presence sent while it was loading can be lost.
        provider.setAwarenessField('user', person);
        lastActivity.current = null;
        // A "Save" asked on a connection that was then cut (a story scheduled, a restart) is asked again.
        if (waiters.current.size) provider.sendStateless(JSON.stringify({ type: 'flush' }));
      },
      onStatus: ({ status }) => setConnection(status === 'connected' ? 'online' : navigator.onLine ? 'connecting' : 'offline'),
      onAuthenticated: ({ scope }) => {
        setRefused(scope === 'readonly' ? 'read-only' : null);
        if (scope === 'readonly') for (const answer of [...waiters.current]) answer('read-only');
      },
      onAuthenticationFailed: () => setRefused('signed-out'),
      onStateless: ({ payload }) => {
        const message = parseServerMessage(payload);
        if (!message) return;
        setStored(message);
        // The provider's own count of unacknowledged changes includes its sync handshake: the state vector is what counts.
        setPersisted(covers(doc, message));
        for (const resolve of waiters.current) resolve(message);
      },
    });
    provider.setAwarenessField('user', person);
    const markEdited = (_update: Uint8Array, origin: unknown) => { if (origin !== provider && origin !== local) setPersisted(false); };
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
    const online = () => { setConnection('connecting'); void socket.connect(); };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    setShared({ doc, provider });
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

  const flush = useCallback(async (): Promise<ServerMessage | 'read-only' | null> => {
    if (!shared) return null;
    const { doc, provider } = shared;
    return new Promise((resolve) => {
      const done = (answer: ServerMessage | 'read-only' | null) => { clearTimeout(timer); waiters.current.delete(check); resolve(answer); };
      const check = (message: ServerMessage | 'read-only') => {
        if (message === 'read-only' || covers(doc, message)) done(message);
        else provider.sendStateless(JSON.stringify({ type: 'flush' }));
      };
      const timer = setTimeout(() => done(null), FLUSH_TIMEOUT_MS);
      waiters.current.add(check);
      provider.sendStateless(JSON.stringify({ type: 'flush' }));
    });
  }, [shared]);

  const setActivity = useCallback((activity: Activity) => {
    if (!shared || lastActivity.current === activity) return;
    lastActivity.current = activity;
    shared.provider.setAwarenessField('activity', activity);
    shared.provider.sendStateless(JSON.stringify({ type: 'activity', activity }));
  }, [shared]);

  if (!shared) return null;
  return { ...shared, ready: synced || localReady, connection, refused, stored, persisted, flush, setActivity } satisfies SharedStory;
}
