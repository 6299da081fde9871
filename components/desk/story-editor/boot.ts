import { draftKey, type Draft, type DraftVersion } from '@/lib/stories/draft';

/** The copy kept on this device until the server has it. */
export type LocalCopy = { draft: Draft; baseVersion: number; savedAt: number };

export type Boot = { draft: Draft; conflict: DraftVersion | null; restored: boolean };

/**
 * What the form opens with: the saved story; or a copy this device kept (a save that
 * never reached the server), restored as it was, or shown as a conflict when the story
 * moved on since.
 */
export function bootDraft(local: LocalCopy | null, saved: DraftVersion): Boot {
  if (!local || draftKey(local.draft) === draftKey(saved.draft)) return { draft: saved.draft, conflict: null, restored: false };
  if (local.baseVersion === saved.version) return { draft: local.draft, conflict: null, restored: true };
  return { draft: local.draft, conflict: saved, restored: true };
}

const storageKey = (id: string | null) => `newsroom:story:${id ?? 'new'}`;

/** The device's copy of a story (or of a new one), in localStorage. */
export const localCopy = {
  read(id: string | null): LocalCopy | null {
    try {
      const raw = window.localStorage.getItem(storageKey(id));
      return raw ? (JSON.parse(raw) as LocalCopy) : null;
    } catch {
      return null;
    }
  },
  write(id: string | null, copy: LocalCopy) {
    try {
      window.localStorage.setItem(storageKey(id), JSON.stringify(copy));
    } catch {
      /* storage full or disabled: the save itself still runs */
    }
  },
  clear(id: string | null) {
    window.localStorage.removeItem(storageKey(id));
  },
};

const FLASH_KEY = 'newsroom:flash';

/** A message that survives moving from the new-story page to the story's own page. */
export const flash = {
  set(message: string) {
    window.sessionStorage.setItem(FLASH_KEY, message);
  },
  take(): string | null {
    const message = window.sessionStorage.getItem(FLASH_KEY);
    window.sessionStorage.removeItem(FLASH_KEY);
    return message;
  },
};
