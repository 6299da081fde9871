'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FieldErrors } from '@/lib/errors';
import type { WorkflowAction } from '@/lib/stories/workflow';
import type { SaveState } from '../collab/use-save-state';
import { useStoryActions } from './story-actions';

/**
 * "Save" and the workflow moves from the form. Every move first has the server store the
 * shared text as everyone sees it now, and is made only once it is stored whole (a field
 * held back, a failed store or no connection refuses the move, saying why); the move's
 * outcome is shown and the page follows the story.
 */
export function useWorkflow(storyId: string, save: SaveState, editable: boolean, onMoved?: (action: WorkflowAction) => void) {
  const { transition } = useStoryActions();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const saveNow = async (): Promise<boolean> => {
    const stored = await save.saveNow();
    setOutcome(stored.ok ? null : { ok: false, message: stored.message });
    return stored.ok;
  };

  const run = async (action: WorkflowAction, note?: string, at?: Date): Promise<boolean> => {
    if (action === 'edit') return false;
    setBusy(true);
    setErrors({});
    try {
      // A story the workflow holds read-only (scheduled, spiked, killed) has no text of this
      // device's to store first: its moves (unschedule, restore) do not wait for the connection.
      const stored = editable ? await save.saveNow() : { ok: true as const, version: save.version() };
      if (!stored.ok) {
        setOutcome({ ok: false, message: `${stored.message} Fix it before moving the story on.` });
        return false;
      }
      const result = await transition({ storyId, action, baseVersion: stored.version, note, at });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setOutcome({ ok: false, message: result.message });
        return false;
      }
      setOutcome({ ok: true, message: action === 'unspike' ? 'Story restored.' : `Story ${result.data.label.toLowerCase()}.` });
      onMoved?.(action);
      router.refresh();
      return true;
    } catch {
      setOutcome({ ok: false, message: 'The server could not be reached. Try again.' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, setOutcome, errors, run, saveNow };
}
