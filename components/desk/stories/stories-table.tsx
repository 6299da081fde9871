'use client';

import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action';
import type { StoryStatus, Priority } from '@/lib/enums';
import { timeSince } from '@/lib/time/desk-clock';
import { useFormatDeskTime } from '../desk-clock';
import { OnStory } from '../collab/on-story';
import { PriorityBadge, StatusBadge } from '../status-badge';
import type { Activity } from '@/lib/collab/messages';
import { ShortcutsDialog } from '../story-editor/shortcuts-dialog';
import { BulkActions, type BulkRun } from './bulk-actions';
import { LIST_SHORTCUTS, listShortcutOf, movedRow } from './list-shortcuts';

export type DeskRow = {
  id: string;
  headline: string;
  status: StoryStatus;
  priority: Priority;
  updatedAt: string;
  section: string | null;
  author: string;
  words: number;
  /** The published story's update number (UPDATE n), 0 before any update. */
  updateNumber: number;
  /** Who else has the story open on the desk now. */
  people: { name: string; activity: Activity }[];
  /** A translation whose original was killed (it stands on its own until someone decides). */
  originalKilled: boolean;
};
type TagMatch = { id: string; name: string; kind: string };

type Props = {
  rows: DeskRow[];
  now: string;
  /** The Spiked tab: its one bulk action is Restore. */
  spikedView: boolean;
  sections: { id: string; name: string }[];
  bulk: BulkRun;
  searchTags: (input: { query: string }) => Promise<ActionResult<TagMatch[]>>;
};

/** The desk's story list: one checkbox per row, and one change applied to every selected story. */
export function StoriesTable({ rows, now, spikedView, sections, bulk, searchTags }: Props) {
  const format = useFormatDeskTime();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const allChosen = rows.length > 0 && rows.every((r) => selected.has(r.id));
  // j and k move through the list (the row's headline link takes the focus; Enter opens it), ? lists the keys.
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const current = useRef<number | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inText = !!target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]');
      const wanted = listShortcutOf(event, inText);
      if (!wanted) return;
      event.preventDefault();
      if (wanted === 'help') return setHelpOpen(true);
      const focused = links.current.findIndex((link) => link === document.activeElement);
      const row = movedRow(focused >= 0 ? focused : current.current, wanted, rows.length);
      if (row === null) return;
      current.current = row;
      links.current[row]?.focus();
      links.current[row]?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows.length]);
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="space-y-2">
      <div className="flex justify-end">
        <ShortcutsDialog
          open={helpOpen}
          onOpenChange={setHelpOpen}
          shortcuts={LIST_SHORTCUTS}
          description="On the story list, outside a text field."
          onCloseAutoFocus={(event) => {
            // Back to the story the keys were on.
            const link = current.current === null ? null : links.current[current.current];
            if (!link) return;
            event.preventDefault();
            link.focus();
          }}
        />
      </div>
      <BulkActions
        selectedIds={rows.filter((r) => selected.has(r.id)).map((r) => r.id)}
        spikedView={spikedView}
        sections={sections}
        bulk={bulk}
        searchTags={searchTags}
        onDone={(still) => setSelected(new Set(still))}
        onClear={() => setSelected(new Set())}
      />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Stories on the desk</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="w-8 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Select all stories on this page"
                  checked={allChosen}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
              </th>
              <th scope="col" className="px-3 py-2">
                Headline
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Section
              </th>
              <th scope="col" className="px-3 py-2">
                Author
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Words
              </th>
              <th scope="col" className="px-3 py-2">
                Changed
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((story, index) => (
              <tr key={story.id} className={cn('focus-within:bg-amber-50', selected.has(story.id) && 'bg-blue-50')}>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${story.headline || 'Untitled story'}`}
                    checked={selected.has(story.id)}
                    onChange={(e) => toggle(story.id, e.target.checked)}
                  />
                </td>
                <td className="px-3 py-2">
                  <Link
                    ref={(link) => {
                      links.current[index] = link;
                    }}
                    href={`/desk/stories/${story.id}`}
                    aria-keyshortcuts="j k"
                    className="font-medium text-slate-900 hover:text-brand hover:underline"
                  >
                    {story.headline || 'Untitled story'}
                  </Link>{' '}
                  <PriorityBadge priority={story.priority} />
                  <OnStory people={story.people} />
                </td>
                <td className="px-3 py-2">
                  <StatusBadge status={story.status} />
                  {story.updateNumber > 0 ? <span className="ml-1 text-xs font-semibold text-green-900">UPDATE {story.updateNumber}</span> : null}
                  {story.originalKilled ? <span className="ml-1 text-xs font-semibold text-red-800">Original killed</span> : null}
                </td>
                <td className="px-3 py-2 text-slate-600">{story.section ?? '—'}</td>
                <td className="px-3 py-2 text-slate-600">{story.author}</td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-600" data-testid="word-count">
                  {story.words.toLocaleString('en')}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                  <time dateTime={story.updatedAt} title={format(story.updatedAt)}>
                    {timeSince(new Date(story.updatedAt), new Date(now))}
                  </time>
                  <span className="block text-xs text-slate-700">{format(story.updatedAt)}</span>
                </td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-3 py-6 text-center text-slate-500">
                  No stories match.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
