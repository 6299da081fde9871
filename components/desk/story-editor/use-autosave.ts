'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { saveStoryAction } from '@/app/(desk)/desk/stories/actions';
import type { FieldErrors } from '@/lib/errors';
import { MAX_SAVE_BYTES } from '@/lib/stories/validation';
import { draftKey, localCopy, toSavePayload, type Draft, type Theirs } from './draft';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'offline' | 'conflict' | 'invalid';

const AUTOSAVE_DELAY_MS = 2000;
const RETRY_DELAY_MS = 5000;

type Options = {
  initialId: string | null;
  initialVersion: number;
  savedDraft: Draft;
  draft: Draft;
  initialConflict: Theirs | null;
  onSaved: (saved: { id: string; version: number; slug: string; status: string; created: boolean }) => void;
};

/**
 * Keeps the server in step with the form: every change is kept on this device at
 * once, saved two seconds after typing stops (or on Save), retried while the network
 * or server is down, and never sent over a newer version (a stale save becomes a
 * conflict for the person to resolve).
 */
export function useAutosave({ initialId, initialVersion, savedDraft, draft, initialConflict, onSaved }: Options) {
  const [status, setStatus] = useState<SaveStatus>(initialConflict ? 'conflict' : draftKey(draft) === draftKey(savedDraft) ? 'saved' : 'dirty');
  const [conflict, setConflict] = useState<Theirs | null>(initialConflict);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  const id = useRef(initialId);
  const version = useRef(initialVersion);
  const savedKey = useRef(draftKey(savedDraft));
  const latest = useRef(draft);
  const statusRef = useRef(status);
  const inFlight = useRef(false);
  const queued = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  latest.current = draft;
  statusRef.current = status;

  const schedule = useCallback((save: () => void, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(save, delay);
  }, []);

  const save = useCallback(async (autosave: boolean): Promise<boolean> => {
    clearTimeout(timer.current);
    if (statusRef.current === 'conflict') return false;
    if (inFlight.current) {
      queued.current = true;
      return false;
    }
    const sent = latest.current;
    const sentKey = draftKey(sent);
    if (sentKey === savedKey.current && id.current) {
      setStatus('saved');
      return true;
    }
    const payload = toSavePayload(sent, id.current, version.current, autosave);
    const size = new Blob([JSON.stringify(payload)]).size;
    if (size > MAX_SAVE_BYTES) {
      // The server would refuse it unread; say so in words (the text stays on this device).
      setFieldErrors({ body: [`The story is ${(size / 1_000_000).toFixed(1)} MB; the most the desk can save is ${MAX_SAVE_BYTES / 1_000_000} MB. Shorten the body or split the story.`] });
      setMessage('This story is too long to save.');
      setStatus('invalid');
      return false;
    }
    inFlight.current = true;
    setStatus('saving');
    let result: Awaited<ReturnType<typeof saveStoryAction>>;
    try {
      result = await saveStoryAction(payload);
    } catch {
      inFlight.current = false;
      setStatus('offline');
      schedule(() => void save(true), RETRY_DELAY_MS);
      return false;
    }
    inFlight.current = false;
    if (result.ok) {
      const created = !id.current;
      if (created) {
        localCopy.clear(null);
        id.current = result.data.id;
        window.history.replaceState(null, '', `/desk/stories/${result.data.id}`);
      }
      version.current = result.data.version;
      savedKey.current = sentKey;
      setFieldErrors({});
      setMessage('');
      setSavedAt(new Date());
      onSaved({ ...result.data, created });
      if (draftKey(latest.current) === sentKey) {
        localCopy.clear(id.current);
        setStatus('saved');
      } else {
        setStatus('dirty');
        schedule(() => void save(true), AUTOSAVE_DELAY_MS);
      }
    } else if (result.code === 'CONFLICT' && result.details) {
      setConflict((result.details as { theirs: Theirs }).theirs);
      setStatus('conflict');
    } else {
      setFieldErrors(result.fieldErrors);
      setMessage(result.message);
      setStatus('invalid');
    }
    if (queued.current) {
      queued.current = false;
      void save(true);
    }
    return result.ok;
  }, [onSaved, schedule]);

  // Every change: keep it on this device, then save once typing pauses.
  useEffect(() => {
    const key = draftKey(draft);
    if (key === savedKey.current) return;
    localCopy.write(id.current, { draft, baseVersion: version.current, savedAt: Date.now() });
    if (statusRef.current === 'conflict') return;
    if (statusRef.current !== 'offline' && statusRef.current !== 'saving') setStatus('dirty');
    schedule(() => void save(true), AUTOSAVE_DELAY_MS);
  }, [draft, save, schedule]);

  // Back online: retry at once.
  useEffect(() => {
    const online = () => {
      if (statusRef.current === 'offline' || statusRef.current === 'dirty') void save(true);
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [save]);

  // Leaving with unsaved changes warns.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (statusRef.current !== 'saved') {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Resolves a conflict: `mine` saves the form over their version; `theirs` takes theirs. */
  const resolveConflict = useCallback((choice: 'mine' | 'theirs', theirsDraftKey?: string) => {
    if (!conflict) return;
    version.current = conflict.version;
    setConflict(null);
    if (choice === 'theirs' && theirsDraftKey) {
      savedKey.current = theirsDraftKey;
      localCopy.clear(id.current);
      statusRef.current = 'saved';
      setStatus('saved');
      return;
    }
    statusRef.current = 'dirty';
    setStatus('dirty');
    void save(false);
  }, [conflict, save]);

  return {
    status, conflict, fieldErrors, message, savedAt,
    storyId: () => id.current,
    version: () => version.current,
    saveNow: () => save(false),
    resolveConflict,
  };
}
