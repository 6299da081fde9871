'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectInput, TextInput } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import type { ActionResult } from '@/lib/action';
import type { BulkKind, BulkOutcome, TBulkAction } from '@/lib/stories/bulk';

type TagMatch = { id: string; name: string; kind: string };
export type BulkRun = (input: TBulkAction) => Promise<ActionResult<BulkOutcome>>;

const LABELS: Record<BulkKind, string> = {
  setSection: 'Set section',
  addTag: 'Add a tag',
  removeTag: 'Remove a tag',
  spike: 'Spike',
  unspike: 'Restore',
  submit: 'Submit for review',
};
/** What the list offers: restoring in the Spiked view, everything else elsewhere. */
const OFFERED = { spiked: ['unspike'], other: ['setSection', 'addTag', 'spike', 'submit'] } as const satisfies Record<string, BulkKind[]>;
/** The section select's choice that takes the section away: named, never the default. */
const NO_SECTION = 'none';
/** How long "Undo" stays offered after a bulk change. */
export const UNDO_MS = 10_000;

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

type Props = {
  selectedIds: string[];
  spikedView: boolean;
  sections: { id: string; name: string }[];
  bulk: BulkRun;
  searchTags: (input: { query: string }) => Promise<ActionResult<TagMatch[]>>;
  /** After a change: the stories still selected (the refused ones, to try again or clear). */
  onDone: (stillSelected: string[]) => void;
  onClear: () => void;
};

type Summary = { error?: string; outcome?: BulkOutcome; label?: string; undone?: boolean };

/**
 * One change for every selected story. Nothing is preselected (no action, no section),
 * every change is confirmed with the number of stories it touches, and for a few
 * seconds afterwards "Undo" puts back what it changed.
 */
export function BulkActions({ selectedIds, spikedView, sections, bulk, searchTags, onDone, onClear }: Props) {
  const router = useRouter();
  const offered: readonly BulkKind[] = spikedView ? OFFERED.spiked : OFFERED.other;
  const [kind, setKind] = useState<BulkKind | ''>('');
  const [section, setSection] = useState('');
  const [tagText, setTagText] = useState('');
  const [tagMatches, setTagMatches] = useState<TagMatch[]>([]);
  const [problem, setProblem] = useState('');
  const [confirming, setConfirming] = useState<{ input: TBulkAction; title: string; label: string; danger: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [undoUntil, setUndoUntil] = useState(0);

  useEffect(() => {
    if (!undoUntil) return;
    const timer = window.setTimeout(() => setUndoUntil(0), Math.max(0, undoUntil - Date.now()));
    return () => window.clearTimeout(timer);
  }, [undoUntil]);

  const findTags = async (text: string) => {
    setTagText(text);
    if (!text.trim()) return setTagMatches([]);
    const result = await searchTags({ query: text }).catch(() => null);
    if (result?.ok) setTagMatches(result.data);
  };

  /** The chosen change as an action, with the question that confirms it; or why it is not complete. */
  const prepare = (): { input: TBulkAction; title: string; label: string; danger: boolean } | string => {
    const n = stories(selectedIds.length);
    const storyIds = selectedIds;
    if (!kind) return 'Choose an action.';
    if (kind === 'setSection') {
      if (!section) return 'Choose the new section.';
      if (section === NO_SECTION)
        return {
          input: { action: 'setSection', storyIds, sectionId: '' },
          title: `Take the section away from ${n}?`,
          label: `Remove the section of ${n}`,
          danger: true,
        };
      const name = sections.find((s) => s.id === section)?.name ?? 'the section';
      return { input: { action: 'setSection', storyIds, sectionId: section }, title: `Move ${n} to ${name}?`, label: `Move ${n}`, danger: false };
    }
    if (kind === 'addTag') {
      const tag = tagMatches.find((t) => t.name.toLowerCase() === tagText.trim().toLowerCase());
      if (!tag) return 'Choose a tag from the list of matches.';
      return { input: { action: 'addTag', storyIds, tagId: tag.id }, title: `Add the tag “${tag.name}” to ${n}?`, label: `Tag ${n}`, danger: false };
    }
    if (kind === 'spike') return { input: { action: 'spike', storyIds }, title: `Spike ${n}?`, label: `Spike ${n}`, danger: true };
    if (kind === 'unspike') return { input: { action: 'unspike', storyIds }, title: `Restore ${n}?`, label: `Restore ${n}`, danger: false };
    if (kind === 'submit') return { input: { action: 'submit', storyIds }, title: `Submit ${n} for review?`, label: `Submit ${n}`, danger: false };
    return 'Choose an action.';
  };

  const ask = () => {
    const prepared = prepare();
    if (typeof prepared === 'string') return setProblem(prepared);
    setProblem('');
    setConfirming(prepared);
  };

  const run = async (input: TBulkAction, label: string) => {
    setBusy(true);
    const result = await bulk(input).catch(() => null);
    setBusy(false);
    setConfirming(null);
    if (!result) return setSummary({ error: 'The server could not be reached. Nothing was changed.' });
    if (!result.ok) return setSummary({ error: result.message });
    setSummary({ outcome: result.data, label });
    setUndoUntil(result.data.undo.length ? Date.now() + UNDO_MS : 0);
    onDone(result.data.refused.map((r) => r.id));
    router.refresh();
  };

  const undo = async () => {
    const steps = summary?.outcome?.undo ?? [];
    setUndoUntil(0);
    setBusy(true);
    let failed = '';
    for (const step of steps) {
      const result = await bulk(step).catch(() => null);
      if (!result?.ok) failed = result?.message ?? 'The server could not be reached.';
      else if (result.data.refused.length) failed = result.data.refused.map((r) => `“${r.headline}”: ${r.reason}`).join(' ');
    }
    setBusy(false);
    setSummary(failed ? { error: `Undo was not complete. ${failed}` } : { ...summary, undone: true });
    router.refresh();
  };

  const outcome = summary?.outcome;
  return (
    <>
      {selectedIds.length > 0 ? (
        <div role="group" aria-label="Bulk actions" className="flex flex-wrap items-end gap-2 rounded-lg border border-brand bg-blue-50 p-3 text-sm">
          <span className="self-center font-medium">{selectedIds.length} selected</span>
          <label className="text-xs font-medium">
            Action
            <SelectInput
              id="bulk-action"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as BulkKind);
                setProblem('');
              }}
            >
              <option value="" disabled>
                Choose an action…
              </option>
              {offered.map((value) => (
                <option key={value} value={value}>
                  {LABELS[value]}
                </option>
              ))}
            </SelectInput>
          </label>
          {kind === 'setSection' ? (
            <label className="text-xs font-medium">
              New section
              <SelectInput id="bulk-section" value={section} onChange={(e) => setSection(e.target.value)}>
                <option value="" disabled>
                  Choose a section…
                </option>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
                <option value={NO_SECTION}>No section (take it away)</option>
              </SelectInput>
            </label>
          ) : null}
          {kind === 'addTag' ? (
            <label className="text-xs font-medium">
              Tag to add
              <TextInput id="bulk-tag" list="bulk-tag-matches" autoComplete="off" value={tagText} onChange={(e) => void findTags(e.target.value)} />
              <datalist id="bulk-tag-matches">
                {tagMatches.map((t) => (
                  <option key={t.id} value={t.name} />
                ))}
              </datalist>
            </label>
          ) : null}
          <Button size="sm" onClick={ask} disabled={busy}>
            Apply to selected
          </Button>
          <Button size="sm" variant="ghost" onClick={onClear}>
            Clear selection
          </Button>
          <p aria-live="polite" className="w-full text-sm text-red-800 empty:hidden">
            {problem}
          </p>
        </div>
      ) : null}
      <FormDialog
        open={!!confirming}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={confirming?.title ?? ''}
        submitLabel={confirming?.label ?? ''}
        submitVariant={confirming?.danger ? 'danger' : 'primary'}
        busy={busy}
        description={
          confirming?.input.action === 'spike'
            ? 'Spiked stories leave the lists for the Spiked tab and can be restored for 30 days.'
            : 'Each story goes through the same rules as a change made by hand.'
        }
        onSubmit={() => {
          if (confirming) void run(confirming.input, LABELS[confirming.input.action]);
        }}
      >
        {null}
      </FormDialog>
      {summary ? (
        <div
          role="status"
          aria-label="Bulk action result"
          className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm"
        >
          <div>
            {summary.error ? (
              <p className="text-red-800">{summary.error}</p>
            ) : outcome ? (
              <>
                <p>
                  {summary.undone
                    ? `Undone: ${summary.label} is reversed for ${stories(outcome.undo.flatMap((u) => u.storyIds).length)}.`
                    : `${summary.label}: done for ${stories(outcome.done.length)}${outcome.refused.length ? `, refused for ${outcome.refused.length}` : ''}.`}
                </p>
                {outcome.refused.length && !summary.undone ? (
                  <ul className="mt-1 list-disc pl-5 text-red-800">
                    {outcome.refused.map((r) => (
                      <li key={r.id}>
                        “{r.headline}”: {r.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : null}
          </div>
          {undoUntil && outcome?.undo.length && !summary.undone ? (
            <Button size="sm" variant="secondary" onClick={() => void undo()} disabled={busy}>
              Undo
            </Button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
