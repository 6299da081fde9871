'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { FieldErrors } from '@/lib/errors';
import type { SaveStatus } from '../story-editor/autosave-machine';
import type { SharedStory } from './use-shared-story';

const HELD_NAMES: Record<string, string> = { tagIds: 'tags', datelinePlace: 'dateline', datelineDate: 'dateline date', embargoUntil: 'embargo', sectionId: 'section', topicId: 'topic', leadImageId: 'lead image', correctionNote: 'correction note' };

/**
 * Where a shared story stands, in the form's words: "Saved" once the server has stored
 * every edit made here, "Saving…" until then, "Offline — changes kept on this device"
 * while the server is out of reach with edits not yet stored. The same shape as the
 * form's own autosave, so the toolbar and workflow moves work on either.
 */
export function useSharedSave(shared: SharedStory | null, initial: { id: string; version: number }) {
  const stored = shared?.stored ?? null;
  const held: FieldErrors = stored?.held ?? {};
  const status: SaveStatus = !shared || shared.persisted ? 'saved' : shared.connection === 'offline' ? 'offline' : 'saving';
  const latest = useRef(initial.version);
  useEffect(() => {
    if (stored && stored.version > latest.current) latest.current = stored.version;
  }, [stored]);

  const saveNow = useCallback(async () => {
    if (!shared) return false;
    // A read-only connection has nothing of this person's to store: the server's text is the text.
    if (shared.refused === 'read-only') return true;
    // Away from the server (reconnecting, offline): nothing to wait for if everything typed here is stored.
    if (shared.connection !== 'online') return shared.persisted;
    const message = await shared.flush();
    if (message === 'read-only') return true;
    if (message && message.version > latest.current) latest.current = message.version;
    return !!message;
  }, [shared]);

  return {
    status,
    conflict: null,
    fieldErrors: held,
    message: '',
    savedAt: stored ? new Date(stored.savedAt) : null,
    held: [...new Set(Object.keys(held).map((field) => HELD_NAMES[field] ?? field))],
    storyId: () => initial.id,
    version: () => latest.current,
    saveNow,
    resolveConflict: (_keep: 'mine' | 'theirs') => {},
  };
}
