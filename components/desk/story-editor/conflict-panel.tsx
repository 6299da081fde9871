'use client';

import { Button } from '@/components/ui/button';
import { diffFields } from '@/lib/stories/diff';
import { draftDifferences, type DraftNames } from '@/lib/stories/draft-differences';
import type { Draft, DraftVersion } from '@/lib/stories/draft';
import { useFormatDeskTime } from '../desk-clock';
import { DiffView } from '../diff-view';

/**
 * Shown when someone else saved first: what differs between their version and mine,
 * field by field. Nothing is lost: mine stays in the form (and on this device) until I choose.
 */
export function ConflictPanel({ mine, theirs, names, onKeepMine, onUseTheirs }: { mine: Draft; theirs: DraftVersion; names: DraftNames; onKeepMine: () => void; onUseTheirs: () => void }) {
  const when = useFormatDeskTime()(theirs.updatedAt);
  // One list of fields: side by side in the table, word by word below.
  const fields = draftDifferences(theirs.draft, mine, names);
  const diff = diffFields(fields.map((f) => ({ field: f.field, label: f.label, before: f.theirs, after: f.mine })));
  return (
    <section aria-labelledby="conflict-title" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-lg font-semibold text-amber-950">
        Conflict: {theirs.editorName ?? 'someone else'} saved this story ({when}) after you opened it
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        Your text is still in the editor and kept on this device. Compare the two versions; you can copy their changes into
        yours, then keep your version, or use theirs instead.
      </p>
      <table className="mt-3 w-full table-fixed border-collapse rounded bg-white text-sm" aria-label="Fields that differ">
        <thead>
          <tr className="text-left text-xs uppercase text-slate-600">
            <th scope="col" className="w-40 border border-slate-200 p-2">Field</th>
            <th scope="col" className="border border-slate-200 p-2">Your version</th>
            <th scope="col" className="border border-slate-200 p-2">Their version</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.field} className="align-top">
              <th scope="row" className="border border-slate-200 p-2 text-left font-semibold">{field.label}</th>
              <td className="whitespace-pre-wrap break-words border border-slate-200 p-2">{field.mine || <span className="text-slate-500">(empty)</span>}</td>
              <td className="whitespace-pre-wrap break-words border border-slate-200 p-2">{field.theirs || <span className="text-slate-500">(empty)</span>}</td>
            </tr>
          ))}
          {fields.length === 0 ? <tr><td colSpan={3} className="border border-slate-200 p-2">No field differs.</td></tr> : null}
        </tbody>
      </table>
      <div className="mt-3 rounded border border-slate-200 bg-white p-3">
        <h3 className="text-sm font-semibold">Word by word (their version → yours)</h3>
        <div className="mt-2">{diff.length ? <DiffView diff={diff} /> : <p className="text-sm">No field differs.</p>}</div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>Keep my version</Button>
        <Button variant="secondary" onClick={onUseTheirs}>Use their version</Button>
      </div>
    </section>
  );
}
