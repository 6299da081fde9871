import Link from 'next/link';
import { DeskFilterProvider, DeskFilters } from '@/components/desk/stories/desk-filters';
import { SavedViews } from '@/components/desk/stories/saved-views';
import { StoriesTable } from '@/components/desk/stories/stories-table';
import { cn } from '@/components/ui/cn';
import { listSections } from '@/lib/sections/queries';
import { peopleOnStories } from '@/lib/collab/queries';
import { countDeskStories, listAuthors, listDeskStories, resolveDeskFilter, searchDesk, wordCounts } from '@/lib/stories/desk-queries';
import { PRIORITY_LABELS, STATUS_LABELS } from '@/lib/stories/labels';
import { STORY_STATUSES, PRIORITIES } from '@/lib/enums';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import { viewQueryOf } from '@/lib/views/query';
import { listSavedViews } from '@/lib/views/queries';
import { requireViewer } from '../require-viewer';
import { searchTagsAction } from './tags/actions';
import { bulkAction, deleteViewAction, saveViewAction } from './desk-actions';
import { isOriginalKilled } from '@/lib/translations/rules';

export const metadata = { title: 'Stories' };

const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

export default async function DeskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk');
  const params = await searchParams;
  const { filter, cursor, tagName, tag } = await resolveDeskFilter(viewer, params);
  // A search is read once, for the list and the tab counts alike.
  const found = filter.q?.trim() ? await searchDesk(viewer, filter) : undefined;
  const [{ stories, nextCursor }, counts, sections, authors, views] = await Promise.all([
    listDeskStories(viewer, filter, { cursor, found }),
    countDeskStories(viewer, filter, found),
    listSections({ includeHidden: true }),
    listAuthors(viewer),
    listSavedViews(viewer),
  ]);
  const [words, people] = await Promise.all([
    wordCounts(stories.map((s) => s.id)),
    peopleOnStories(
      stories.map((s) => s.id),
      viewer.id,
    ),
  ]);
  const currentQuery = viewQueryOf(params);
  // Past a cap the numbers are lower bounds ("1,000+"); a status none of the counted stories was in gets no number rather than "0+".
  const shown = (n: number | undefined) => (counts.capped && !n ? undefined : `${(n ?? 0).toLocaleString('en')}${counts.capped ? '+' : ''}`);
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
  const tabs = [
    { label: 'All', href: withParams({ status: undefined, mine: undefined }), active: !filter.status && !filter.mine, count: shown(counts.all) },
    { label: 'My stories', href: withParams({ mine: '1', status: undefined }), active: filter.mine, count: undefined },
    ...STORY_STATUSES.map((s) => ({
      label: STATUS_LABELS[s],
      href: withParams({ status: s, mine: undefined }),
      active: filter.status === s,
      count: shown(counts.byStatus[s]),
    })),
  ];

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Stories</h1>
        <Link href="/desk/stories/new" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark">
          New story
        </Link>
      </div>
      <DeskFilterProvider>
        <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="min-w-0 space-y-4">
            <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
              {tabs.map((tab) => (
                <Link
                  key={tab.label}
                  href={tab.href}
                  aria-current={tab.active ? 'page' : undefined}
                  className={cn(
                    'rounded-full border px-3 py-1 text-sm',
                    tab.active ? 'border-brand bg-brand text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100',
                  )}
                >
                  {tab.label}
                  {tab.count !== undefined ? ` (${tab.count})` : ''}
                </Link>
              ))}
            </nav>
            <DeskFilters
              current={currentQuery}
              applied={{
                q: filter.q ?? '',
                sectionId: filter.sectionId ?? '',
                priority: filter.priority ?? '',
                authorId: filter.authorId ?? '',
                tag: tagName,
                from: text(params.from),
                to: text(params.to),
                sort: filter.sort ?? 'updated',
                needs: filter.needs ?? '',
              }}
              keep={{ status: filter.status, mine: filter.mine ? '1' : undefined }}
              sections={sections.map((s) => ({ value: s.id, label: s.name }))}
              priorities={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
              authors={authors.map((a) => ({ value: a.id, label: a.name }))}
            />
            {tagName ? (
              <p className="text-sm text-slate-700" role="status">
                {tag ? (
                  <>
                    Tag filter: stories tagged <strong>{tag.name}</strong> ({TAG_KIND_NAMES[tag.kind]})
                    {tag.matchedAlias ? ` — matched the alias “${tag.matchedAlias}”` : ''}.
                  </>
                ) : (
                  <>No tag matches “{tagName}”.</>
                )}
              </p>
            ) : null}
            <StoriesTable
              now={new Date().toISOString()}
              spikedView={filter.status === 'SPIKED'}
              sections={sections.map((s) => ({ id: s.id, name: s.name }))}
              bulk={bulkAction}
              searchTags={searchTagsAction}
              rows={stories.map((story) => ({
                id: story.id,
                headline: story.headline,
                status: story.status,
                priority: story.priority,
                updatedAt: story.updatedAt.toISOString(),
                section: story.section?.name ?? null,
                author: story.author.name,
                words: words.get(story.id) ?? 0,
                updateNumber: story.publication && !story.publication.killedAt ? story.publication.updateNumber : 0,
                people: people.get(story.id) ?? [],
                originalKilled: isOriginalKilled(story),
              }))}
            />
            {nextCursor ? (
              <Link href={withParams({ cursor: nextCursor })} className="inline-block text-sm text-brand underline">
                Next page
              </Link>
            ) : null}
          </div>
          <aside aria-label="Saved views">
            <SavedViews
              current={currentQuery}
              canDeleteShared={viewer.role === 'ADMIN'}
              save={saveViewAction}
              remove={deleteViewAction}
              views={views.map((v) => ({
                id: v.id,
                name: v.name,
                query: v.query,
                shared: v.shared,
                mine: v.mine,
                owner: v.owner.name,
                count: v.count,
                capped: v.capped,
                active: v.query === currentQuery,
              }))}
            />
          </aside>
        </div>
      </DeskFilterProvider>
    </div>
  );
}
