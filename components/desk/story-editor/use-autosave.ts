'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { FieldErrors } from '@/lib/errors';
import { draftKey, toSavePayload, type Draft, type DraftVersion } from '@/lib/stories/draft';
import { MAX_SAVE_BYTES } from '@/lib/stories/limits';
import type { SavedStory } from '@/lib/stories/mutations';
import { nextSaveStatus, type SaveEvent, type SaveStatus } from './autosave-machine';
import { localCopy } from './boot';
import { holdOverLimit } from './held-fields';
import { useStoryActions } from './story-actions';

export type { SaveStatus };

const AUTOSAVE_DELAY_MS = 2000;
const RETRY_DELAY_MS = 5000;
const LOCAL_COPY_DELAY_MS = 300;

type Options = {
  initialId: string | null;
  initialVersion: number;
  savedDraft: Draft;
  draft: Draft;
  initialConflict: DraftVersion | null;
  restored: boolean;
  onSaved: (saved: SavedStory & { created: boolean }) => void;
  /** False while the story is saved through its shared document instead (lib/collab). */
  enabled?: boolean;
};

/**
 * Keeps the server in step with the form: every change is kept on this device at
 * once, saved two seconds after typing stops (or on Save), retried while the network
 * or server is down, and never sent over a newer version (a stale save becomes a
 * conflict for the person to resolve). The states and their moves are the pure
 * machine in `autosave-machine.ts`; this hook runs its effects.
 */
export function useAutosave({ initialId, initialVersion, savedDraft, draft, initialConflict, restored, onSaved, enabled = true }: Options) {
  const { save: saveAction } = useStoryActions();
  const [status, dispatch] = useReducer(nextSaveStatus, initialConflict ? 'conflict' : restored ? 'dirty' : 'saved');
  const [conflict, setConflict] = useState<DraftVersion | null>(initialConflict);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [held, setHeld] = useState<string[]>([]);

  // What the server holds: its id, its version, and the key of the text it has.
  // (Its first value is worked out once: an argument to useRef is evaluated at every render.)
  const [initialServer] = useState(() => ({ id: initialId, version: initialVersion, key: draftKey(savedDraft), draft: savedDraft }));
  const server = useRef(initialServer);
  const inFlight = useRef(false);
  const pendingCopy = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statusRef = useRef(status);
  const move = useCallback((event: SaveEvent) => {
    statusRef.current = nextSaveStatus(statusRef.current, event);
    dispatch(event);
  }, []);

  // The latest draft and callback, for saves started by timers and events after a render.
  const draftRef = useRef(draft);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    draftRef.current = draft;
    onSavedRef.current = onSaved;
  });
  const saveRef = useRef<(autosave: boolean) => Promise<boolean>>(async () => false);
  const writeCopyRef = useRef<() => void>(() => {});
  /** Fields over their limit at the last save: kept on this device, not on the server. */
  const heldRef = useRef<FieldErrors>({});

  const schedule = useCallback((delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(true), delay);
  }, []);

  const save = useCallback(async (autosave: boolean): Promise<boolean> => {
    clearTimeout(timer.current);
    if (statusRef.current === 'conflict') return false;
    if (inFlight.current) return false; // the one on its way is followed by another if the text moved on
    const { sendable: draft, held } = holdOverLimit(draftRef.current, server.current.draft);
    heldRef.current = held;
    setHeld(Object.keys(held));
    const sentKey = draftKey(draft);
    if (sentKey === server.current.key && server.current.id) {
      setFieldErrors(held);
      if (statusRef.current !== 'saved') {
        move({ type: 'saveStarted' });
        move({ type: 'saved', current: true });
      }
      return true;
    }
    const payload = toSavePayload(draft, server.current.id, server.current.version, autosave);
    const size = new Blob([JSON.stringify(payload)]).size;
    if (size > MAX_SAVE_BYTES) {
      // The server would refuse it unread; say so in words (the text stays on this device).
      setFieldErrors({ body: [`The story is ${(size / 1_000_000).toFixed(1)} MB; the most the desk can save is ${MAX_SAVE_BYTES / 1_000_000} MB. Shorten the body or split the story.`] });
      setMessage('This story is too long to save.');
      move({ type: 'saveStarted' });
      move({ type: 'refused' });
      return false;
    }
    inFlight.current = true;
    move({ type: 'saveStarted' });
    const result = await saveAction(payload).catch(() => null);
    inFlight.current = false;
    if (!result) {
      move({ type: 'unreachable' });
      schedule(RETRY_DELAY_MS);
      return false;
    }
    if (result.ok) {
      const created = !server.current.id;
      if (created) {
        localCopy.clear(null);
        window.history.replaceState(null, '', `/desk/stories/${result.data.id}`);
      }
      server.current = { id: result.data.id, version: result.data.version, key: sentKey, draft };
      setFieldErrors(held);
      setMessage('');
      setSavedAt(new Date());
      onSavedRef.current({ ...result.data, created });
      const current = draftKey(holdOverLimit(draftRef.current, draft).sendable) === sentKey;
      move({ type: 'saved', current });
      if (current && Object.keys(held).length) writeCopyRef.current(); // the held text lives on this device only
      else if (current) {
        clearTimeout(pendingCopy.current);
        pendingCopy.current = undefined;
        localCopy.clear(server.current.id);
      }
      else schedule(AUTOSAVE_DELAY_MS);
    } else if (result.code === 'CONFLICT' && result.details) {
      setConflict((result.details as { theirs: DraftVersion }).theirs);
      move({ type: 'conflict' });
    } else {
      setFieldErrors(result.fieldErrors);
      setMessage(result.message);
      move({ type: 'refused' });
    }
    return result.ok;
  }, [saveAction, move, schedule]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // The device copy is written a moment after each change (and when the page is
  // hidden), not on every keystroke: serialising a long story with a big table at
  // every key would make typing lag.
  const writeCopy = useCallback(() => {
    clearTimeout(pendingCopy.current);
    pendingCopy.current = undefined;
    localCopy.write(server.current.id, { draft: draftRef.current, baseVersion: server.current.version, savedAt: Date.now() });
  }, []);
  useEffect(() => {
    writeCopyRef.current = writeCopy;
  }, [writeCopy]);
  useEffect(() => {
    const flush = () => { if (pendingCopy.current) writeCopy(); };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => { flush(); window.removeEventListener('pagehide', flush); document.removeEventListener('visibilitychange', flush); };
  }, [writeCopy]);

  // Every change: keep it on this device, then save once typing pauses. The draft the
  // form opened with is no change; whether a change really differs from what the
  // server holds is decided when saving (comparing every field at each key is slow).
  const openedWith = useRef(draft);
  useEffect(() => {
    if (!enabled) return;
    if (draft === openedWith.current && draftKey(draft) === server.current.key) return;
    draftRef.current = draft;
    if (!pendingCopy.current) pendingCopy.current = setTimeout(writeCopy, LOCAL_COPY_DELAY_MS);
    move({ type: 'edited' });
    if (statusRef.current !== 'conflict') schedule(AUTOSAVE_DELAY_MS);
  }, [draft, move, schedule, writeCopy, enabled]);

  // Back online: retry at once.
  useEffect(() => {
    const online = () => {
      if (statusRef.current === 'offline' || statusRef.current === 'dirty') void saveRef.current(true);
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);

  // Leaving with unsaved changes warns.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!enabled) return;
      if (statusRef.current !== 'saved' || Object.keys(heldRef.current).length) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [enabled]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Ends a conflict: `mine` saves the form over their version; `theirs` takes theirs (the form shows it). */
  const resolveConflict = useCallback((keep: 'mine' | 'theirs') => {
    if (!conflict) return;
    server.current.version = conflict.version;
    setConflict(null);
    move({ type: 'resolved', keep });
    if (keep === 'theirs') {
      server.current.key = draftKey(conflict.draft);
      server.current.draft = conflict.draft;
      localCopy.clear(server.current.id);
    } else void saveRef.current(false);
  }, [conflict, move]);

  return {
    status, conflict, fieldErrors, message, savedAt,
    /** Fields over their limit, saved without them (e.g. ['headline']). */
    held,
    storyId: () => server.current.id,
    version: () => server.current.version,
    saveNow: () => save(false),
    resolveConflict,
  };
}
