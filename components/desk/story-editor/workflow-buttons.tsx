'use client';

import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { WorkflowAction } from '@/lib/stories/workflow';
import { utcToZonedInput, zonedTimeToUtc } from '@/lib/time/zoned';

const LABELS: Partial<Record<WorkflowAction, string>> = {
  submit: 'Submit for review', requestChanges: 'Request changes', approve: 'Approve', publish: 'Publish', schedule: 'Schedule', unschedule: 'Unschedule', kill: 'Kill',
};
const NEEDS_NOTE: WorkflowAction[] = ['requestChanges', 'kill'];

/** Schedule: a time in the newsroom's time zone, sent as an instant. */
function ScheduleDialog({ timeZone, busy, onSchedule }: { timeZone: string; busy: boolean; onSchedule: (at: Date) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  return (
    <Dialog.Root open={open} onOpenChange={(next) => { setOpen(next); setError(''); if (next) setValue(utcToZonedInput(new Date(Date.now() + 3_600_000), timeZone).slice(0, 16)); }}>
      <Dialog.Trigger asChild><Button variant="secondary" disabled={busy}>Schedule</Button></Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[28rem] max-w-[95vw] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">Schedule publication</Dialog.Title>
          <Dialog.Description className="mb-3 text-sm text-slate-600">The story is published at this time, in the newsroom’s time zone ({timeZone}).</Dialog.Description>
          <form className="space-y-3" onSubmit={async (event) => {
            event.preventDefault();
            const at = zonedTimeToUtc(value, timeZone);
            if (!at || at.getTime() <= Date.now()) return setError('Choose a time in the future.');
            if (await onSchedule(at)) setOpen(false);
          }}>
            <label htmlFor="publish-at" className="block text-sm font-medium">Publish at</label>
            <input id="publish-at" type="datetime-local" step="1" className={inputClass} value={value} onChange={(e) => setValue(e.target.value)} required aria-describedby="publish-at-error" />
            <p id="publish-at-error" role="alert" className="text-sm text-red-700">{error}</p>
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild><Button variant="secondary">Cancel</Button></Dialog.Close>
              <Button type="submit" disabled={busy}>Schedule</Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The workflow moves open to this person now; the server checks each again. */
export function WorkflowButtons({ actions, busy, timeZone, onAction }: { actions: WorkflowAction[]; busy: boolean; timeZone: string; onAction: (action: WorkflowAction, note?: string, at?: Date) => Promise<boolean> }) {
  const [noteFor, setNoteFor] = useState<WorkflowAction | null>(null);
  const [note, setNote] = useState('');
  const shown = actions.filter((action) => LABELS[action]);
  return (
    <>
      {shown.map((action) => action === 'schedule' ? (
        <ScheduleDialog key={action} timeZone={timeZone} busy={busy} onSchedule={(at) => onAction('schedule', undefined, at)} />
      ) : (
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
