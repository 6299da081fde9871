import Link from 'next/link';
import { PriorityBadge, StatusBadge } from '@/components/desk/status-badge';
import { cn } from '@/components/ui/cn';
import { countStoriesByStatus, listDeskStories } from '@/lib/stories/desk-queries';
import { STATUS_LABELS } from '@/lib/stories/labels';
import { STORY_STATUSES, type StoryStatus } from '@/lib/stories/workflow';
import { requireViewer } from '../require-viewer';

export const metadata = { title: 'Stories' };

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: process.env.NEWSROOM_TIMEZONE ?? 'Europe/Moscow' });

export default async function DeskPage({ searchParams }: { searchParams: Promise<{ status?: string; mine?: string }> }) {
  const viewer = await requireViewer('/desk');
  const params = await searchParams;
  const status = STORY_STATUSES.find((s) => s === params.status) as StoryStatus | undefined;
  const mine = params.mine === '1';
  const [stories, counts] = await Promise.all([listDeskStories(viewer, { status, mine }), countStoriesByStatus(viewer)]);
  const tabs = [{ label: 'All', href: '/desk', active: !status && !mine, count: Object.values(counts).reduce((a, b) => a + b, 0) },
    { label: 'My stories', href: '/desk?mine=1', active: mine, count: undefined },
    ...STORY_STATUSES.map((s) => ({ label: STATUS_LABELS[s], href: `/desk?status=${s}`, active: status === s, count: counts[s] ?? 0 }))];

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Stories</h1>
        <Link href="/desk/stories/new" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark">
          New story
        </Link>
      </div>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <Link key={tab.href} href={tab.href} aria-current={tab.active ? 'page' : undefined}
            className={cn('rounded-full border px-3 py-1 text-sm', tab.active ? 'border-brand bg-brand text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100')}>
            {tab.label}{tab.count !== undefined ? ` (${tab.count})` : ''}
          </Link>
        ))}
      </nav>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Stories on the desk</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr><th scope="col" className="px-3 py-2">Headline</th><th scope="col" className="px-3 py-2">Status</th><th scope="col" className="px-3 py-2">Section</th><th scope="col" className="px-3 py-2">Author</th><th scope="col" className="px-3 py-2">Updated</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {stories.map((story) => (
              <tr key={story.id}>
                <td className="px-3 py-2">
                  <Link href={`/desk/stories/${story.id}`} className="font-medium text-slate-900 hover:text-brand hover:underline">
                    {story.headline || 'Untitled story'}
                  </Link>{' '}
                  <PriorityBadge priority={story.priority} />
                </td>
                <td className="px-3 py-2"><StatusBadge status={story.status} /></td>
                <td className="px-3 py-2 text-slate-600">{story.section?.name ?? '—'}</td>
                <td className="px-3 py-2 text-slate-600">{story.author.name}</td>
                <td className="px-3 py-2 text-slate-600"><time dateTime={story.updatedAt.toISOString()}>{dateTime.format(story.updatedAt)}</time></td>
              </tr>
            ))}
            {stories.length === 0 ? <tr><td colSpan={5} className="px-3 py-6 text-center text-slate-500">No stories here yet.</td></tr> : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
