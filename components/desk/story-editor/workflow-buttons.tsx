'use client';

import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { WorkflowAction } from '@/lib/stories/workflow';

const LABELS: Partial<Record<WorkflowAction, string>> = {
  submit: 'Submit for review', requestChanges: 'Request changes', approve: 'Approve', publish: 'Publish', kill: 'Kill',
};
const NEEDS_NOTE: WorkflowAction[] = ['requestChanges', 'kill'];

/** The workflow moves open to this person now; the server checks each again. */
export function WorkflowButtons({ actions, busy, onAction }: { actions: WorkflowAction[]; busy: boolean; onAction: (action: WorkflowAction, note?: string) => Promise<boolean> }) {
  const [noteFor, setNoteFor] = useState<WorkflowAction | null>(null);
  const [note, setNote] = useState('');
  const shown = actions.filter((action) => LABELS[action]);
  return (
    <>
      {shown.map((action) => (
        <Button key={action} variant={action === 'kill' ? 'danger' : action === 'requestChanges' ? 'secondary' : 'primary'} disabled={busy}
          onClick={() => (NEEDS_NOTE.includes(action) ? (setNote(''), setNoteFor(action)) : void onAction(action))}>
          {LABELS[action]}
        </Button>
      ))}
      <Dialog.Root open={!!noteFor} onOpenChange={(open) => !open && setNoteFor(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[28rem] max-w-[95vw] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
            <Dialog.Title className="text-lg font-semibold">{noteFor ? LABELS[noteFor] : ''}</Dialog.Title>
            <Dialog.Description className="mb-3 text-sm text-slate-600">
              {noteFor === 'kill' ? 'Readers will see this withdrawal notice.' : 'Tell the author what to change.'}
            </Dialog.Description>
            <form onSubmit={async (event) => { event.preventDefault(); if (noteFor && (await onAction(noteFor, note))) setNoteFor(null); }} className="space-y-3">
              <label htmlFor="workflow-note" className="block text-sm font-medium">Note</label>
              <textarea id="workflow-note" className={inputClass} rows={4} value={note} onChange={(e) => setNote(e.target.value)} required />
              <div className="flex justify-end gap-2">
                <Dialog.Close asChild><Button variant="secondary">Cancel</Button></Dialog.Close>
                <Button type="submit" variant={noteFor === 'kill' ? 'danger' : 'primary'} disabled={busy || !note.trim()}>{noteFor ? LABELS[noteFor] : ''}</Button>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
