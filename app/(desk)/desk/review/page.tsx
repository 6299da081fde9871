import Link from 'next/link';
import { OnStory } from '@/components/desk/collab/on-story';
import { PriorityBadge } from '@/components/desk/status-badge';
import { peopleOnStories } from '@/lib/collab/queries';
import { listReviewQueue } from '@/lib/stories/desk-queries';
import { requireViewer } from '../../require-viewer';
import { formatDeskTime } from '@/lib/time/format';

export const metadata = { title: 'Review queue' };

export default async function ReviewQueuePage() {
  const viewer = await requireViewer('/desk/review');
  const stories = await listReviewQueue(viewer);
  const people = await peopleOnStories(
    stories.map((s) => s.id),
    viewer.id,
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p className="text-sm text-slate-600">Flash and urgent stories first, then the longest waiting.</p>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Stories waiting for review">
        {stories.map((story) => (
          <li key={story.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <span>
              <Link href={`/desk/stories/${story.id}`} className="font-medium hover:text-brand hover:underline">
                {story.headline || 'Untitled story'}
              </Link>{' '}
              <PriorityBadge priority={story.priority} />
              {story.publication ? <span className="ml-1 text-xs text-slate-500">update to a live story</span> : null}
              <OnStory people={people.get(story.id) ?? []} />
            </span>
            <span className="text-sm text-slate-600">
              {story.author.name}
              {story.section ? ` · ${story.section.name}` : ''} · submitted{' '}
              {story.submittedAt ? <time dateTime={story.submittedAt.toISOString()}>{formatDeskTime(story.submittedAt)}</time> : '—'}
            </span>
          </li>
        ))}
        {stories.length === 0 ? <li className="px-4 py-6 text-center text-slate-500">Nothing waiting for review.</li> : null}
      </ol>
    </div>
  );
}
