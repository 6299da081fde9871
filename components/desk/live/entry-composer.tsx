'use client';

import { useId, useState } from 'react';
import { BodyEditor } from '@/components/editor/body-editor';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import { emptyDoc, type TDocNode } from '@/lib/content/document';

export type EntryDraft = { body: string; keyEvent: boolean; pinned: boolean; note: string };

/**
 * Writes a live entry with the story's own editor (textbox "Entry"), its flags and,
 * for a correction, the note readers see. Keeps what was typed when refused.
 */
export function EntryComposer({
  initial,
  submitLabel,
  withNote,
  onSubmit,
  onCancel,
}: {
  initial?: { body: TDocNode; keyEvent: boolean; pinned: boolean };
  submitLabel: string;
  withNote?: boolean;
  onSubmit: (draft: EntryDraft) => Promise<ActionResult<unknown>>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState<TDocNode>(initial?.body ?? emptyDoc());
  const [keyEvent, setKeyEvent] = useState(initial?.keyEvent ?? false);
  const [pinned, setPinned] = useState(initial?.pinned ?? false);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [generation, setGeneration] = useState(0);
  const errors = result && !result.ok ? result.fieldErrors : {};
  return (
    <form
      aria-label={submitLabel}
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        try {
          const outcome = await onSubmit({ body: JSON.stringify(body), keyEvent, pinned, note });
          setResult(outcome);
          if (outcome.ok && !initial) {
            setBody(emptyDoc());
            setKeyEvent(false);
            setPinned(false);
            setGeneration((n) => n + 1); // a fresh editor for the next entry
          }
        } finally {
          setPending(false);
        }
      }}
    >
      <p id={`${id}-label`} className="text-sm font-medium text-slate-800">
        Entry
      </p>
      <BodyEditor
        key={generation}
        labelId={`${id}-label`}
        initial={body}
        onChange={setBody}
        invalid={!!errors.body}
        errorId={errors.body ? `${id}-error` : undefined}
      />
      {errors.body ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.body[0]}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="inline-flex items-center gap-1.5">
          <input type="checkbox" checked={keyEvent} onChange={(e) => setKeyEvent(e.target.checked)} /> Key event
        </label>
        <label className="inline-flex items-center gap-1.5">
          <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> Pin to the top
        </label>
      </div>
      {withNote ? (
        <label className="block text-sm font-medium text-slate-800">
          Entry correction note
          <textarea
            rows={2}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={errors.note ? true : undefined}
          />
          {errors.note ? <span className="text-red-700">{errors.note[0]}</span> : null}
        </label>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <FormMessage state={result && !result.ok ? result : null} />
      </div>
    </form>
  );
}
