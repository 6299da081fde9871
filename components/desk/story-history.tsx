'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import type { FieldDiff } from '@/lib/stories/diff';
import type { StoryStatus } from '@/lib/enums';
import { STATUS_LABELS } from '@/lib/stories/labels';
import { useFormatDeskTime } from './desk-clock';
import { DiffView } from './diff-view';

type Revision = { id: string; number: number; reason: string; status: string; createdAt: string; authorName: string };

const REASONS: Record<string, string> = { AUTOSAVE: 'Autosave', SAVE: 'Saved', STATUS_CHANGE: 'Status change', RESTORE: 'Restored' };
const statusName = (status: string) => STATUS_LABELS[status as StoryStatus] ?? status;

/** "Status: In review → Approved" (from the revision before it), or the reason in words. */
function describe(revision: Revision, older: Revision | undefined) {
  if (revision.reason !== 'STATUS_CHANGE') return REASONS[revision.reason] ?? revision.reason;
  return older && older.status !== revision.status
    ? `Status: ${statusName(older.status)} → ${statusName(revision.status)}`
    : `Status: ${statusName(revision.status)}`;
}

/** The story's revisions: who and when, a word diff between any two, and restore. */
type Props = {
  storyId: string;
  revisions: Revision[];
  currentVersion: number;
  diff: (input: { storyId: string; fromId: string; toId: string }) => Promise<ActionResult<FieldDiff[]>>;
  restore: (input: { storyId: string; revisionId: string; baseVersion: number }) => Promise<ActionResult<{ version: number }>>;
};

export function StoryHistory({ storyId, revisions, currentVersion, diff: diffAction, restore: restoreAction }: Props) {
  const time = useFormatDeskTime();
  const [from, setFrom] = useState(revisions[1]?.id ?? revisions[0]?.id ?? '');
  const [to, setTo] = useState(revisions[0]?.id ?? '');
  const [diff, setDiff] = useState<FieldDiff[] | null>(null);
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const label = (r: Revision) => `#${r.number} · ${r.authorName} · ${time(r.createdAt)}`;

  const compare = async () => {
    const result = await diffAction({ storyId, fromId: from, toId: to });
    if (result.ok) setDiff(result.data);
    else setState({ ok: false, message: result.message });
  };
  const restore = async (revision: Revision) => {
    const result = await restoreAction({ storyId, revisionId: revision.id, baseVersion: currentVersion });
    if (!result.ok) return setState({ ok: false, message: result.message });
    window.localStorage.removeItem(`newsroom:story:${storyId}`);
    window.location.reload();
  };

  return (
    <section aria-labelledby="history-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-title" className="text-lg font-semibold">
        History
      </h2>
      <ol className="mt-2 divide-y divide-slate-100 text-sm" aria-label="Revisions">
        {revisions.map((revision, index) => (
          <li key={revision.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <strong>#{revision.number}</strong> {describe(revision, revisions[index + 1])} by {revision.authorName},{' '}
              <time dateTime={revision.createdAt}>{time(revision.createdAt)}</time>
            </span>
            {revision.id !== revisions[0]?.id ? (
              <Button size="sm" variant="secondary" onClick={() => void restore(revision)} aria-label={`Restore revision ${revision.number}`}>
                Restore
              </Button>
            ) : (
              <span className="text-xs text-slate-500">current</span>
            )}
          </li>
        ))}
      </ol>
      {revisions.length > 1 ? (
        <div className="mt-3 space-y-2 border-t border-slate-100 pt-3">
          <div className="grid grid-cols-2 gap-2">
            <label className="text-sm">
              From revision
              <SelectInput id="diff-from" value={from} onChange={(e) => setFrom(e.target.value)}>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {label(r)}
                  </option>
                ))}
              </SelectInput>
            </label>
            <label className="text-sm">
              To revision
              <SelectInput id="diff-to" value={to} onChange={(e) => setTo(e.target.value)}>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {label(r)}
                  </option>
                ))}
              </SelectInput>
            </label>
          </div>
          <Button size="sm" variant="secondary" onClick={() => void compare()}>
            Compare
          </Button>
          {diff ? (
            <div aria-label="Differences" role="region">
              <DiffView diff={diff} />
            </div>
          ) : null}
        </div>
      ) : null}
      <FormMessage state={state} />
    </section>
  );
}
