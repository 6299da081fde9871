'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FieldErrors } from '@/lib/errors';
import type { WorkflowAction } from '@/lib/stories/workflow';
import { flash } from './boot';
import { useStoryActions } from './story-actions';

type Autosave = { status: string; saveNow: () => Promise<boolean>; storyId: () => string | null; version: () => number };

/**
 * A workflow move from the form: pending changes are saved first (a move is made on
 * the text the server has), then the move is asked for; its outcome is shown, and the
 * page follows the story.
 */
export function useWorkflow(autosave: Autosave, createdHere: () => boolean, options: { flushFirst?: boolean } = {}) {
  const { transition } = useStoryActions();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const run = async (action: WorkflowAction, note?: string, at?: Date): Promise<boolean> => {
    if (action === 'edit') return false;
    setBusy(true);
    setErrors({});
    try {
      // A shared story is stored at once before a move, so the move takes the text everyone sees now.
      if ((options.flushFirst || autosave.status !== 'saved') && !(await autosave.saveNow())) {
        setOutcome({ ok: false, message: 'Save the story before moving it on.' });
        return false;
      }
      const id = autosave.storyId();
      if (!id) return false;
      const result = await transition({ storyId: id, action, baseVersion: autosave.version(), note, at });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setOutcome({ ok: false, message: result.message });
        return false;
      }
      const message = `Story ${result.data.label.toLowerCase()}.`;
      setOutcome({ ok: true, message });
      if (createdHere()) {
        flash.set(message);
        router.replace(`/desk/stories/${id}`);
      } else router.refresh();
      return true;
    } catch {
      setOutcome({ ok: false, message: 'The server could not be reached. Try again.' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, setOutcome, errors, run };
}
