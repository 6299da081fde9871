import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { CacheKeys } from '@/components/story/cache-keys';
import { SearchForm } from '@/components/story/search-form';
import { SEARCH_KEY } from '@/lib/cache/surrogate-keys';
import { StoryList } from '@/components/story/story-list';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { normalizeSearchQuery, searchPublishedStories } from '@/lib/stories/search';

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

async function readParams(searchParams: Props['searchParams']) {
  const params = await searchParams;
  return { q: normalizeSearchQuery(params.q ?? ''), page: Math.max(1, Math.min(500, Math.floor(Number(params.page)) || 1)) };
}

/**
 * The first page of results for a query that finds stories may be indexed, at one
 * canonical address per query; later pages and empty results are not (no crawl trap,
 * no thin pages). Results are cached per query, so this search is the page's own.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, page } = await readParams(searchParams);
  const site = env().NEWSROOM_SITE_NAME;
  if (!q) return { title: 'Search', description: `Search the stories of ${site}.`, alternates: { canonical: '/search' } };
  const found = await searchPublishedStories(q, page).catch(() => null);
  return {
    title: `Search: ${q}`,
    description: `Stories matching “${q}” on ${site}.`,
    alternates: { canonical: `/search?${new URLSearchParams({ q })}` },
    robots: { index: page === 1 && Boolean(found?.stories.length), follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const { q, page } = await readParams(searchParams);
  const { stories, hasMore, busy } = await searchPublishedStories(q, page).then(
    (found) => ({ ...found, busy: '' }),
    (error: unknown) => {
      if (!isAppError(error) || error.code !== 'THROTTLED') throw error;
      return { stories: [], hasMore: false, busy: error.message };
    },
  );
  const href = (n: number) => `/search?${new URLSearchParams({ q, page: String(n) })}`;
  return (
    <>
      <CacheKeys keys={[SEARCH_KEY]} stories={stories} />
      <h1 className="mb-3 font-serif text-2xl font-bold">Search</h1>
      <SearchForm id="q" defaultValue={q} className="mb-6 flex max-w-lg gap-2" />
      {q ? (
        <p className="mb-2 text-sm text-slate-600" role="status">
          {busy || (stories.length ? `Results for “${q}”` : `No stories match “${q}”.`)}
        </p>
      ) : null}
      {stories.length ? <StoryList stories={stories} /> : null}
      <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
        {page > 1 ? (
          <Link href={href(page - 1)} className="text-brand underline">
            Previous results
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={href(page + 1)} className="text-brand underline">
            More results
          </Link>
        ) : null}
      </nav>
    </>
  );
}
