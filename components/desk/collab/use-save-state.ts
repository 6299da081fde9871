'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { FieldErrors } from '@/lib/errors';
import { describeHeld } from '@/lib/stories/shared-doc/held';
import type { SharedStory, StoredMessage } from './use-shared-story';

/** Where a story's text stands, as the toolbar says it. */
export type SaveStatus = 'opening' | 'saved' | 'saving' | 'keeping' | 'offline' | 'held' | 'failed';

export type SaveState = {
  status: SaveStatus;
  /** Fields the last store held back (kept as typed in the shared document, not in the story), by field. */
  held: FieldErrors;
  /** Why the last store failed, when it did. */
  failure: string | null;
  savedAt: Date | null;
  /** The story's version as last written. */
  version: () => number;
  /** Stores everything now ("Save", and before every workflow move): ok only once the story holds the text as it stands here. */
  saveNow: () => Promise<{ ok: true; version: number } | { ok: false; message: string }>;
};

/**
 * "Saved" only when the story has been written from a state holding every edit made
 * here and nothing was held back; "Not saved — …" naming the field and what to do while
 * anything is; "Saving…" until then; "Offline — changes kept on this device" while the
 * server is out of reach and this device's copy holds every edit ("Offline — keeping
 * changes on this device…" until it does).
 */
export function useSaveState(shared: SharedStory | null, initial: { version: number; held: FieldErrors }): SaveState {
  const stored: StoredMessage | null = shared?.stored ?? null;
  const held: FieldErrors = stored ? stored.held : initial.held;
  const failure = shared?.notStored ?? null;
  const latest = useRef(initial.version);
  useEffect(() => {
    if (stored && stored.version > latest.current) latest.current = stored.version;
  }, [stored]);

  let status: SaveStatus;
  if (!shared?.ready) status = 'opening';
  else if (failure) status = 'failed';
  else if (!shared.persisted) status = shared.connection !== 'offline' ? 'saving' : shared.keptHere ? 'offline' : 'keeping';
  else status = Object.keys(held).length ? 'held' : 'saved';

  // Leaving while edits made here have not reached the server asks first (they are kept on this device either way).
  const unsent = status === 'saving' || status === 'keeping' || status === 'offline';
  useEffect(() => {
    if (!unsent) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [unsent]);

  const saveNow = useCallback(async (): Promise<{ ok: true; version: number } | { ok: false; message: string }> => {
    if (!shared) return { ok: false, message: 'The story is still opening.' };
    if (shared.connection !== 'online' && shared.refused !== 'read-only') {
      return {
        ok: false,
        message:
          shared.connection === 'offline'
            ? 'You are offline: your changes are kept on this device and stored when the network is back.'
            : 'Connecting to the desk… try again in a moment.',
      };
    }
    const answer = await shared.flush();
    if (!answer.ok) return answer;
    if (answer.stored) {
      if (answer.stored.version > latest.current) latest.current = answer.stored.version;
      if (Object.keys(answer.stored.held).length) return { ok: false, message: describeHeld(answer.stored.held) };
    }
    return { ok: true, version: latest.current };
  }, [shared]);

  return { status, held, failure, savedAt: stored ? new Date(stored.savedAt) : null, version: () => latest.current, saveNow };
}
