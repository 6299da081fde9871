import Link from 'next/link';
import { PriorityBadge, StatusBadge } from '@/components/desk/status-badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { SelectInput, TextInput } from '@/components/ui/field';
import { listSections } from '@/lib/sections/queries';
import { findTagForFilter } from '@/lib/tags/queries';
import { countStoriesByStatus, listAuthors, listDeskStories } from '@/lib/stories/desk-queries';
import { parseDeskFilter } from '@/lib/stories/desk-filter';
import { PRIORITY_LABELS, STATUS_LABELS } from '@/lib/stories/labels';
import { STORY_STATUSES , PRIORITIES } from '@/lib/enums';
import { requireViewer } from '../require-viewer';
import { formatDeskTime } from '@/lib/time/format';

export const metadata = { title: 'Stories' };

const label = 'block text-xs font-medium text-slate-700';

export default async function DeskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk');
  const params = await searchParams;
  const { cursor, ...filter } = parseDeskFilter(params);
  const tagName = typeof params.tag === 'string' ? params.tag.trim().slice(0, 120) : '';
  const tag = tagName ? await findTagForFilter(viewer, tagName) : null;
  if (tagName) filter.tagId = tag?.id ?? 'no-such-tag';
  const [{ stories, nextCursor }, counts, sections, authors] = await Promise.all([
    listDeskStories(viewer, filter, { cursor }), countStoriesByStatus(viewer), listSections(), listAuthors(viewer),
  ]);
  const keep = Object.fromEntries(Object.entries(params).filter(([k, v]) => k !== 'cursor' && typeof v === 'string' && v)) as Record<string, string>;
  const withParams = (extra: Record<string, string | undefined>) => {
    const next = new URLSearchParams({ ...keep });
    for (const [k, v] of Object.entries(extra)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    const query = next.toString();
    return query ? `/desk?${query}` : '/desk';
  };
  const tabs = [{ label: 'All', href: withParams({ status: undefined, mine: undefined }), active: !filter.status && !filter.mine, count: Object.values(counts).reduce((a, b) => a + b, 0) },
    { label: 'My stories', href: withParams({ mine: '1', status: undefined }), active: filter.mine, count: undefined },
    ...STORY_STATUSES.map((s) => ({ label: STATUS_LABELS[s], href: withParams({ status: s, mine: undefined }), active: filter.status === s, count: counts[s] ?? 0 }))];

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Stories</h1>
        <Link href="/desk/stories/new" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark">New story</Link>
      </div>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <Link key={tab.label} href={tab.href} aria-current={tab.active ? 'page' : undefined}
            className={cn('rounded-full border px-3 py-1 text-sm', tab.active ? 'border-brand bg-brand text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100')}>
            {tab.label}{tab.count !== undefined ? ` (${tab.count})` : ''}
          </Link>
        ))}
      </nav>
      <form role="search" aria-label="Search and filter stories" className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4 lg:grid-cols-9">
        {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
        {filter.mine ? <input type="hidden" name="mine" value="1" /> : null}
        <label className={cn(label, 'sm:col-span-2')}>Search<TextInput id="desk-q" name="q" type="search" defaultValue={filter.q} /></label>
        <label className={label}>Section
          <SelectInput id="desk-section" name="sectionId" defaultValue={filter.sectionId ?? ''}><option value="">Any</option>{sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}</SelectInput>
        </label>
        <label className={label}>Priority
          <SelectInput id="desk-priority" name="priority" defaultValue={filter.priority ?? ''}><option value="">Any</option>{PRIORITIES.map((p) => <option key={p} value={p}>{PRIORITY_LABELS[p]}</option>)}</SelectInput>
        </label>
        <label className={label}>Author
          <SelectInput id="desk-author" name="authorId" defaultValue={filter.authorId ?? ''}><option value="">Anyone</option>{authors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</SelectInput>
        </label>
        <label className={label}>Tag<TextInput id="desk-tag" name="tag" defaultValue={tagName} placeholder="Name or alias" /></label>
        <label className={label}>Changed from<TextInput id="desk-from" name="from" placeholder="YYYY-MM-DD" inputMode="numeric" autoComplete="off" defaultValue={typeof params.from === 'string' ? params.from : ''} /></label>
        <label className={label}>Changed to<TextInput id="desk-to" name="to" placeholder="YYYY-MM-DD" inputMode="numeric" autoComplete="off" defaultValue={typeof params.to === 'string' ? params.to : ''} /></label>
        <label className={label}>Sort
          <SelectInput id="desk-sort" name="sort" defaultValue={filter.sort ?? 'updated'}><option value="updated">Last changed</option><option value="created">Newest</option><option value="headline">Headline</option></SelectInput>
        </label>
        <div className="flex items-end gap-2 sm:col-span-4 lg:col-span-9">
          <Button type="submit" variant="secondary" size="sm">Apply filters</Button>
          <Link href="/desk" className="text-sm text-brand underline">Clear</Link>
        </div>
      </form>
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
                  <Link href={`/desk/stories/${story.id}`} className="font-medium text-slate-900 hover:text-brand hover:underline">{story.headline || 'Untitled story'}</Link>{' '}
                  <PriorityBadge priority={story.priority} />
                </td>
                <td className="px-3 py-2"><StatusBadge status={story.status} /></td>
                <td className="px-3 py-2 text-slate-600">{story.section?.name ?? '—'}</td>
                <td className="px-3 py-2 text-slate-600">{story.author.name}</td>
                <td className="px-3 py-2 text-slate-600"><time dateTime={story.updatedAt.toISOString()}>{formatDeskTime(story.updatedAt)}</time></td>
              </tr>
            ))}
            {stories.length === 0 ? <tr><td colSpan={5} className="px-3 py-6 text-center text-slate-500">No stories match.</td></tr> : null}
          </tbody>
        </table>
      </div>
      {nextCursor ? <Link href={withParams({ cursor: nextCursor })} className="inline-block text-sm text-brand underline">Next page</Link> : null}
    </div>
  );
}
