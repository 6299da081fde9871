'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectInput, TextInput } from '@/components/ui/field';
import type { ActionResult } from '@/lib/action';
import type { StoryStatus, Priority } from '@/lib/enums';
import type { BulkOutcome, TBulkAction } from '@/lib/stories/bulk';
import { timeSince } from '@/lib/time/desk-clock';
import { useFormatDeskTime } from '../desk-clock';
import { OnStory } from '../collab/on-story';
import { PriorityBadge, StatusBadge } from '../status-badge';
import type { Activity } from '@/lib/collab/messages';

export type DeskRow = {
  id: string; headline: string; status: StoryStatus; priority: Priority; updatedAt: string;
  section: string | null; author: string; words: number;
  /** The published story's update number (UPDATE n), 0 before any update. */
  updateNumber: number;
  /** Who else has the story open on the desk now. */
  people: { name: string; activity: Activity }[];
};
type TagMatch = { id: string; name: string; kind: string };

type Props = {
  rows: DeskRow[];
  now: string;
  sections: { id: string; name: string }[];
  bulk: (input: TBulkAction) => Promise<ActionResult<BulkOutcome>>;
  searchTags: (input: { query: string }) => Promise<ActionResult<TagMatch[]>>;
};

const ACTIONS = { setSection: 'Set section', addTag: 'Add a tag', spike: 'Spike', submit: 'Submit for review' } as const;
type BulkKind = keyof typeof ACTIONS;

/** The desk's story list: one checkbox per row, and one change applied to every selected story. */
export function StoriesTable({ rows, now, sections, bulk, searchTags }: Props) {
  const router = useRouter();
  const format = useFormatDeskTime();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [kind, setKind] = useState<BulkKind>('setSection');
  const [sectionId, setSectionId] = useState('');
  const [tagText, setTagText] = useState('');
  const [tagMatches, setTagMatches] = useState<TagMatch[]>([]);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<{ error?: string; outcome?: BulkOutcome; action?: string } | null>(null);
  const allChosen = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) => setSelected((current) => {
    const next = new Set(current);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });

  const findTags = async (text: string) => {
    setTagText(text);
    if (!text.trim()) return setTagMatches([]);
    const result = await searchTags({ query: text }).catch(() => null);
    if (result?.ok) setTagMatches(result.data);
  };

  const apply = async () => {
    const storyIds = rows.filter((r) => selected.has(r.id)).map((r) => r.id);
    let input: TBulkAction;
    if (kind === 'setSection') input = { action: 'setSection', storyIds, sectionId };
    else if (kind === 'addTag') {
      const tag = tagMatches.find((t) => t.name.toLowerCase() === tagText.trim().toLowerCase());
      if (!tag) return setSummary({ error: 'Choose a tag from the list of matches.' });
      input = { action: 'addTag', storyIds, tagId: tag.id };
    } else input = { action: kind, storyIds };
    setBusy(true);
    const result = await bulk(input).catch(() => null);
    setBusy(false);
    if (!result) return setSummary({ error: 'The server could not be reached. Nothing was changed.' });
    if (!result.ok) return setSummary({ error: result.message });
    setSummary({ outcome: result.data, action: ACTIONS[kind] });
    setSelected(new Set(result.data.refused.map((r) => r.id)));
    router.refresh();
  };

  return (
    <div className="space-y-2">
      {selected.size > 0 ? (
        <div role="group" aria-label="Bulk actions" className="flex flex-wrap items-end gap-2 rounded-lg border border-brand bg-blue-50 p-3 text-sm">
          <span className="self-center font-medium">{selected.size} selected</span>
          <label className="text-xs font-medium">Action
            <SelectInput id="bulk-action" value={kind} onChange={(e) => setKind(e.target.value as BulkKind)}>
              {Object.entries(ACTIONS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </SelectInput>
          </label>
          {kind === 'setSection' ? (
            <label className="text-xs font-medium">New section
              <SelectInput id="bulk-section" value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
                <option value="">No section</option>
                {sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </SelectInput>
            </label>
          ) : null}
          {kind === 'addTag' ? (
            <label className="text-xs font-medium">Tag to add
              <TextInput id="bulk-tag" list="bulk-tag-matches" autoComplete="off" value={tagText} onChange={(e) => void findTags(e.target.value)} />
              <datalist id="bulk-tag-matches">{tagMatches.map((t) => <option key={t.id} value={t.name} />)}</datalist>
            </label>
          ) : null}
          <Button size="sm" onClick={() => void apply()} disabled={busy}>Apply to selected</Button>
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>Clear selection</Button>
        </div>
      ) : null}
      {summary ? (
        <div role="status" aria-label="Bulk action result" className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          {summary.error ? <p className="text-red-800">{summary.error}</p> : summary.outcome ? (
            <>
              <p>{summary.action}: done for {summary.outcome.done.length} {summary.outcome.done.length === 1 ? 'story' : 'stories'}{summary.outcome.refused.length ? `, refused for ${summary.outcome.refused.length}` : ''}.</p>
              {summary.outcome.refused.length ? (
                <ul className="mt-1 list-disc pl-5 text-red-800">
                  {summary.outcome.refused.map((r) => <li key={r.id}>“{r.headline}”: {r.reason}</li>)}
                </ul>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Stories on the desk</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="w-8 px-3 py-2">
                <input type="checkbox" aria-label="Select all stories on this page" checked={allChosen}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())} />
              </th>
              <th scope="col" className="px-3 py-2">Headline</th><th scope="col" className="px-3 py-2">Status</th><th scope="col" className="px-3 py-2">Section</th>
              <th scope="col" className="px-3 py-2">Author</th><th scope="col" className="px-3 py-2 text-right">Words</th><th scope="col" className="px-3 py-2">Changed</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((story) => (
              <tr key={story.id} className={selected.has(story.id) ? 'bg-blue-50' : undefined}>
                <td className="px-3 py-2">
                  <input type="checkbox" aria-label={`Select ${story.headline || 'Untitled story'}`} checked={selected.has(story.id)} onChange={(e) => toggle(story.id, e.target.checked)} />
                </td>
                <td className="px-3 py-2">
                  <Link href={`/desk/stories/${story.id}`} className="font-medium text-slate-900 hover:text-brand hover:underline">{story.headline || 'Untitled story'}</Link>{' '}
                  <PriorityBadge priority={story.priority} />
                  <OnStory people={story.people} />
                </td>
                <td className="px-3 py-2"><StatusBadge status={story.status} />{story.updateNumber > 0 ? <span className="ml-1 text-xs font-semibold text-green-900">UPDATE {story.updateNumber}</span> : null}</td>
                <td className="px-3 py-2 text-slate-600">{story.section ?? '—'}</td>
                <td className="px-3 py-2 text-slate-600">{story.author}</td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-600" data-testid="word-count">{story.words.toLocaleString('en')}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                  <time dateTime={story.updatedAt} title={format(story.updatedAt)}>{timeSince(new Date(story.updatedAt), new Date(now))}</time>
                  <span className="block text-xs text-slate-700">{format(story.updatedAt)}</span>
                </td>
              </tr>
            ))}
            {rows.length === 0 ? <tr><td colSpan={7} className="px-3 py-6 text-center text-slate-500">No stories match.</td></tr> : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
