import type { Metadata } from 'next';
import Link from 'next/link';
import { CacheKeys } from '@/components/story/cache-keys';
import { SearchForm } from '@/components/story/search-form';
import { SEARCH_KEY } from '@/lib/cache/surrogate-keys';
import { StoryList } from '@/components/story/story-list';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { normalizeSearchQuery, searchPublishedStories } from '@/lib/stories/search';
import { pageLanguage } from '../site-language';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string; page?: string }> };

// Each query is its own page, rendered per request (its results are cached briefly in lib/stories/search.ts).
export const dynamic = 'force-dynamic';

async function readParams(searchParams: Props['searchParams']) {
  const params = await searchParams;
  return { q: normalizeSearchQuery(params.q ?? ''), page: Math.max(1, Math.min(500, Math.floor(Number(params.page)) || 1)) };
}

/**
 * The first page of results for a query that finds stories may be indexed, at one
 * canonical address per query; later pages and empty results are not (no crawl trap,
 * no thin pages). Results are cached per query, so this search is the page's own.
 */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const language = await pageLanguage(params);
  const t = readerMessages(language);
  const { q, page } = await readParams(searchParams);
  const site = env().NEWSROOM_SITE_NAME;
  const path = sitePath(language, '/search');
  if (!q) return { title: t.search, description: t.searchDescription(site), alternates: { canonical: path } };
  const found = await searchPublishedStories(q, language, page).catch(() => null);
  return {
    title: t.searchTitle(q),
    description: t.searchResultsDescription(q, site),
    alternates: { canonical: `${path}?${new URLSearchParams({ q })}` },
    robots: { index: page === 1 && Boolean(found?.stories.length), follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const language = await pageLanguage(params);
  const t = readerMessages(language);
  const { q, page } = await readParams(searchParams);
  const { stories, hasMore, busy } = await searchPublishedStories(q, language, page).then(
    (found) => ({ ...found, busy: '' }),
    (error: unknown) => {
      if (!isAppError(error) || error.code !== 'THROTTLED') throw error;
      return { stories: [], hasMore: false, busy: error.message };
    },
  );
  const href = (n: number) => `${sitePath(language, '/search')}?${new URLSearchParams({ q, page: String(n) })}`;
  return (
    <>
      <CacheKeys keys={[SEARCH_KEY]} stories={stories} />
      <h1 className="mb-3 font-serif text-2xl font-bold">{t.search}</h1>
      <SearchForm language={language} id="q" defaultValue={q} className="mb-6 flex max-w-lg gap-2" />
      {q ? (
        <p className="mb-2 text-sm text-slate-600" role="status">
          {busy || (stories.length ? t.resultsFor(q) : t.noResults(q))}
        </p>
      ) : null}
      {stories.length ? <StoryList stories={stories} language={language} /> : null}
      <nav aria-label={t.pages} className="mt-6 flex justify-between text-sm">
        {page > 1 ? (
          <Link href={href(page - 1)} className="text-brand underline">
            {t.previousResults}
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={href(page + 1)} className="text-brand underline">
            {t.moreResults}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
