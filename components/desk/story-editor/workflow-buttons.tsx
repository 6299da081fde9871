'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import type { WorkflowAction } from '@/lib/stories/workflow';
import { utcToZonedInput, zonedTimeToUtc } from '@/lib/time/zoned';

export const WORKFLOW_LABELS: Partial<Record<WorkflowAction, string>> = {
  submit: 'Submit for review',
  requestChanges: 'Request changes',
  approve: 'Approve',
  publish: 'Publish',
  publishNow: 'Publish now',
  schedule: 'Schedule',
  unschedule: 'Unschedule',
  kill: 'Kill',
  spike: 'Spike',
  unspike: 'Restore',
};
const NEEDS_NOTE: WorkflowAction[] = ['requestChanges', 'kill'];

type OnAction = (action: WorkflowAction, note?: string, at?: Date) => Promise<boolean>;

/** Schedule: a time in the newsroom's time zone, sent as an instant. */
function ScheduleDialog({ timeZone, busy, onAction }: { timeZone: string; busy: boolean; onAction: OnAction }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError('');
        if (next) setValue(utcToZonedInput(new Date(Math.ceil((Date.now() + 3_600_000) / 60_000) * 60_000), timeZone));
      }}
      trigger={
        <Button variant="secondary" disabled={busy}>
          Schedule
        </Button>
      }
      title="Schedule publication"
      description={`The story is published at this time, in the newsroom’s time zone (${timeZone}).`}
      submitLabel="Schedule"
      busy={busy}
      error={error}
      onSubmit={async () => {
        const at = zonedTimeToUtc(value, timeZone);
        if (!at) return setError('Use a date and a time, like 2026-11-28 15:00.');
        if (at.getTime() <= Date.now()) return setError('Choose a time in the future.');
        if (await onAction('schedule', undefined, at)) setOpen(false);
      }}
    >
      <label htmlFor="publish-at" className="block text-sm font-medium">
        Publish at
      </label>
      <p id="publish-at-hint" className="text-xs text-slate-500">
        YYYY-MM-DD HH:MM
      </p>
      <input
        id="publish-at"
        aria-describedby="publish-at-hint"
        placeholder="YYYY-MM-DD HH:MM"
        autoComplete="off"
        className={inputClass}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        required
      />
    </FormDialog>
  );
}

/** A move that needs a note: requesting changes (for the author) or killing (for readers). */
function NoteDialog({ action, busy, onAction, onClose }: { action: WorkflowAction | null; busy: boolean; onAction: OnAction; onClose: () => void }) {
  const [note, setNote] = useState('');
  const label = action ? (WORKFLOW_LABELS[action] ?? '') : '';
  return (
    <FormDialog
      open={!!action}
      onOpenChange={(open) => {
        if (!open) {
          onClose();
          setNote('');
        }
      }}
      title={label}
      description={action === 'kill' ? 'Readers will see this withdrawal notice.' : 'Tell the author what to change.'}
      submitLabel={label}
      submitVariant={action === 'kill' ? 'danger' : 'primary'}
      busy={busy}
      submitDisabled={!note.trim()}
      onSubmit={async () => {
        if (action && (await onAction(action, note))) {
          onClose();
          setNote('');
        }
      }}
    >
      <label htmlFor="workflow-note" className="block text-sm font-medium">
        Note
      </label>
      <textarea id="workflow-note" className={inputClass} rows={4} value={note} onChange={(e) => setNote(e.target.value)} required />
    </FormDialog>
  );
}

/** The workflow moves open to this person now; the server checks each again. */
export function WorkflowButtons({ actions, busy, timeZone, onAction }: { actions: WorkflowAction[]; busy: boolean; timeZone: string; onAction: OnAction }) {
  const [noteFor, setNoteFor] = useState<WorkflowAction | null>(null);
  const shown = actions.filter((action) => WORKFLOW_LABELS[action]);
  return (
    <>
      {shown.map((action) =>
        action === 'schedule' ? (
          <ScheduleDialog key={action} timeZone={timeZone} busy={busy} onAction={onAction} />
        ) : (
          <Button
            key={action}
            data-move={action}
            variant={action === 'kill' ? 'danger' : action === 'requestChanges' || action === 'spike' ? 'secondary' : 'primary'}
            disabled={busy}
            onClick={() => (NEEDS_NOTE.includes(action) ? setNoteFor(action) : void onAction(action))}
          >
            {WORKFLOW_LABELS[action]}
          </Button>
        ),
      )}
      <NoteDialog action={noteFor} busy={busy} onAction={onAction} onClose={() => setNoteFor(null)} />
    </>
  );
}
