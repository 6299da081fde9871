import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { ActionResult } from '@/lib/action';
import { COVERAGE_STATUS_LABELS, isOverdue, type CoverageStatus } from '@/lib/planning/labels';
import { LANGUAGE_LABELS, isLanguage } from '@/lib/stories/limits';
import { formatDeskTime } from '@/lib/time/format';
import { StartStoryButton } from './start-story-button';

export type CoverageRow = {
  id: string;
  slug: string;
  headline: string;
  language: string;
  priority: string;
  status: CoverageStatus;
  dueAt: Date;
  note: string;
  section: { name: string } | null;
  assignee: { id: string; name: string } | null;
  story: { id: string; status: string } | null;
  mayStart: boolean;
};

export const STATUS_TONE: Record<CoverageStatus, 'neutral' | 'blue' | 'amber' | 'green' | 'red' | 'purple'> = {
  PLANNED: 'neutral',
  ASSIGNED: 'blue',
  IN_PROGRESS: 'amber',
  FILED: 'purple',
  PUBLISHED: 'green',
  CANCELLED: 'neutral',
};

/** An event's coverage: what is planned, who has it, by when, and its story (or "Start story"). */
export function CoverageList({
  rows,
  now,
  startStory,
  canEdit,
}: {
  rows: CoverageRow[];
  now: Date;
  startStory: (input: FormData) => Promise<ActionResult<unknown>>;
  canEdit: boolean;
}) {
  if (!rows.length) return <p className="text-sm text-slate-600">No coverage planned yet.</p>;
  return (
    <ul aria-label="Coverage" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rows.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3 text-sm" aria-label={`Coverage ${c.slug}`}>
          <span className="font-mono font-semibold">{c.slug}</span>
          <Badge tone={STATUS_TONE[c.status]}>{COVERAGE_STATUS_LABELS[c.status]}</Badge>
          {isOverdue(c, now) ? <Badge tone="red">Overdue</Badge> : null}
          {c.headline ? <span>{c.headline}</span> : null}
          <span className="text-slate-600">Due {formatDeskTime(c.dueAt)}</span>
          <span className="text-slate-600">{isLanguage(c.language) ? LANGUAGE_LABELS[c.language] : c.language}</span>
          {c.priority !== 'ROUTINE' ? <Badge tone={c.priority === 'FLASH' ? 'red' : 'amber'}>{c.priority}</Badge> : null}
          <span className="text-slate-600">{c.section?.name ?? 'No desk'}</span>
          <span className="text-slate-600">{c.assignee ? `Assigned to ${c.assignee.name}` : 'Unassigned'}</span>
          <span className="ml-auto flex items-center gap-2">
            {c.story ? (
              <Link href={`/desk/stories/${c.story.id}`} className="text-brand underline">
                Open story
              </Link>
            ) : c.mayStart && c.status !== 'CANCELLED' ? (
              <StartStoryButton coverageId={c.id} slug={c.slug} action={startStory} />
            ) : null}
            {canEdit ? (
              <Link href={`/desk/planning/coverage/${c.id}`} className="text-brand underline" aria-label={`Edit coverage ${c.slug}`}>
                Edit
              </Link>
            ) : null}
          </span>
          {c.note ? <p className="w-full text-xs text-slate-500">{c.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
