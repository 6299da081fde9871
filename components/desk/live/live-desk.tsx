'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { StoryBody } from '@/components/story/story-body';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import { readDoc, type TDocNode } from '@/lib/content/document';
import { DeskTime } from '../desk-clock';
import { EntryComposer, type EntryDraft } from './entry-composer';

export type DeskEntry = {
  id: string;
  body: TDocNode;
  status: 'PENDING' | 'PUBLISHED' | 'DELETED';
  keyEvent: boolean;
  pinned: boolean;
  correctionNote: string;
  deleteNote: string;
  createdAt: string;
  publishedAt: string | null;
  authorName: string;
  publishedByName: string | null;
};

type Result = Promise<ActionResult<unknown>>;
export type LiveDeskActions = {
  add: (input: { storyId: string; body: string; keyEvent: boolean; pinned: boolean }) => Result;
  publish: (input: { entryId: string }) => Result;
  correct: (input: { entryId: string; body: string; keyEvent: boolean; pinned: boolean; note: string }) => Result;
  remove: (input: { entryId: string; note: string }) => Result;
  end: (input: { storyId: string }) => Result;
};

/**
 * Live coverage on the desk: add entries (a reviewer's go out at once, an editor's
 * wait for approval), approve, correct or delete them with a note, end the coverage.
 */
export function LiveDesk({
  storyId,
  entries,
  canPublish,
  ended,
  publicLive,
  actions,
}: {
  storyId: string;
  entries: DeskEntry[];
  canPublish: boolean;
  ended: boolean;
  publicLive: boolean;
  actions: LiveDeskActions;
}) {
  const router = useRouter();
  const [composing, setComposing] = useState(false);
  const [message, setMessage] = useState<ActionResult<unknown> | null>(null);
  const after = async (outcome: ActionResult<unknown>, success: string) => {
    setMessage(outcome.ok ? { ...outcome, message: success } : outcome);
    if (outcome.ok) router.refresh();
    return outcome.ok ? { ...outcome, message: success } : outcome;
  };
  const pending = entries.filter((e) => e.status === 'PENDING');
  const shown = entries.filter((e) => e.status !== 'PENDING');
  return (
    <section aria-labelledby="live-desk-title" className="space-y-4 rounded-lg border border-red-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="live-desk-title" className="text-lg font-semibold">
          Live coverage {ended ? '(ended)' : ''}
        </h2>
        {!ended && canPublish ? (
          <Button
            variant="danger"
            size="sm"
            onClick={async () => {
              if (!window.confirm('End live coverage? Readers see “Live coverage has ended” and no more entries can be added.')) return;
              await after(await actions.end({ storyId }), 'Live coverage ended.');
            }}
          >
            End live coverage
          </Button>
        ) : null}
      </div>
      {!publicLive && !ended ? (
        <p className="text-sm text-amber-800">Readers see the entries once the story is published with “Live coverage” ticked.</p>
      ) : null}
      <FormMessage state={message && (message.ok ? { ok: true, message: message.message } : message)} />
      {!ended ? (
        composing ? (
          <EntryComposer
            submitLabel={canPublish ? 'Publish entry' : 'Submit entry for review'}
            onCancel={() => setComposing(false)}
            onSubmit={async (draft: EntryDraft) =>
              after(
                await actions.add({ storyId, body: draft.body, keyEvent: draft.keyEvent, pinned: draft.pinned }),
                canPublish ? 'Entry published.' : 'Entry sent for review.',
              )
            }
          />
        ) : (
          <Button size="sm" onClick={() => setComposing(true)}>
            Add entry
          </Button>
        )
      ) : null}
      {pending.length ? (
        <div>
          <h3 className="mb-2 font-semibold">Waiting for review ({pending.length})</h3>
          <ol className="space-y-3" aria-label="Entries waiting for review">
            {pending.map((entry) => (
              <li key={entry.id} className="rounded border border-blue-200 bg-blue-50 p-3">
                <p className="text-xs text-slate-600">
                  {entry.authorName} · written <DeskTime at={entry.createdAt} />
                  {entry.keyEvent ? ' · key event' : ''}
                </p>
                <div className="story-body text-base">
                  <StoryBody doc={readDoc(entry.body)} />
                </div>
                {canPublish ? (
                  <Button size="sm" onClick={async () => after(await actions.publish({ entryId: entry.id }), 'Entry published.')}>
                    Approve entry
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <ol className="space-y-3" aria-label="Live entries">
        {shown.map((entry) => (
          <DeskEntryItem key={entry.id} entry={entry} canPublish={canPublish && !ended} actions={actions} after={after} />
        ))}
      </ol>
    </section>
  );
}

function DeskEntryItem({
  entry,
  canPublish,
  actions,
  after,
}: {
  entry: DeskEntry;
  canPublish: boolean;
  actions: LiveDeskActions;
  after: (outcome: ActionResult<unknown>, success: string) => Promise<ActionResult<unknown>>;
}) {
  const [mode, setMode] = useState<'view' | 'correct' | 'delete'>('view');
  const [note, setNote] = useState('');
  const deleted = entry.status === 'DELETED';
  return (
    <li className={deleted ? 'rounded border border-slate-200 p-3 opacity-60' : 'rounded border border-slate-200 p-3'}>
      <p className="text-xs text-slate-600">
        {entry.publishedAt ? <DeskTime at={entry.publishedAt} /> : null} · {entry.authorName}
        {entry.pinned ? ' · pinned' : ''}
        {entry.keyEvent ? ' · key event' : ''}
        {deleted ? ` · deleted: ${entry.deleteNote}` : ''}
        {entry.correctionNote ? ` · corrected: ${entry.correctionNote}` : ''}
      </p>
      {mode === 'correct' ? (
        <EntryComposer
          initial={{ body: readDoc(entry.body), keyEvent: entry.keyEvent, pinned: entry.pinned }}
          submitLabel="Publish correction"
          withNote
          onCancel={() => setMode('view')}
          onSubmit={async (draft) => {
            const outcome = await after(await actions.correct({ entryId: entry.id, ...draft }), 'Correction published.');
            if (outcome.ok) setMode('view');
            return outcome;
          }}
        />
      ) : (
        <div className="story-body text-base">
          <StoryBody doc={readDoc(entry.body)} />
        </div>
      )}
      {mode === 'delete' ? (
        <form
          className="mt-2 flex flex-wrap items-end gap-2"
          aria-label="Delete entry"
          onSubmit={async (event) => {
            event.preventDefault();
            const outcome = await after(await actions.remove({ entryId: entry.id, note }), 'Entry deleted.');
            if (outcome.ok) setMode('view');
          }}
        >
          <label className="text-sm font-medium">
            Reason for deleting
            <input className="mt-1 block w-80 rounded-md border border-slate-300 px-2 py-1 text-sm" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <Button type="submit" variant="danger" size="sm">
            Delete entry
          </Button>
          <Button variant="secondary" size="sm" onClick={() => setMode('view')}>
            Cancel
          </Button>
        </form>
      ) : null}
      {canPublish && !deleted && mode === 'view' ? (
        <div className="mt-2 flex gap-2">
          <Button variant="secondary" size="sm" onClick={() => setMode('correct')}>
            Correct entry
          </Button>
          <Button variant="secondary" size="sm" onClick={() => setMode('delete')}>
            Delete…
          </Button>
        </div>
      ) : null}
    </li>
  );
}
