'use client';

import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { draftKey, type Draft, type DraftVersion } from '@/lib/stories/draft';
import { localCopy, type LocalCopy } from '../story-editor/boot';
import type { SharedStory } from './use-shared-story';

/**
 * A copy of the story this device kept from a save that never reached the server (made
 * before the story was shared here, e.g. on the page it was created on). Once the
 * shared document is open it goes into it as this person's edit, when the story has not
 * moved on since; otherwise it is offered, since a merge with the newer text is not possible.
 */
export function useDeviceCopy(storyId: string | null, saved: DraftVersion, shared: SharedStory | null, editor: Editor | null, setDraft: Dispatch<SetStateAction<Draft>>) {
  const [copy, setCopy] = useState<LocalCopy | null>(() => {
    const kept = storyId ? localCopy.read(storyId) : null;
    return kept && draftKey(kept.draft) !== draftKey(saved.draft) ? kept : null;
  });
  const [restored, setRestored] = useState(false);
  const ready = !!shared?.ready && !shared.refused;

  const apply = useCallback((kept: LocalCopy) => {
    if (!editor) return;
    const { body, ...fields } = kept.draft;
    setDraft((current) => ({ ...current, ...fields }));
    editor.commands.setContent(body);
    localCopy.clear(storyId);
    setCopy(null);
    setRestored(true);
  }, [editor, setDraft, storyId]);

  useEffect(() => {
    // Applying the kept copy is a one-off the moment the shared document opens.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (ready && copy && copy.baseVersion === saved.version) apply(copy);
  }, [ready, copy, saved.version, apply]);

  return {
    restored,
    /** A kept copy older than the story: offered, not merged. */
    offer: ready && copy && copy.baseVersion !== saved.version ? copy : null,
    restore: () => copy && apply(copy),
    discard: () => { localCopy.clear(storyId); setCopy(null); },
  };
}
