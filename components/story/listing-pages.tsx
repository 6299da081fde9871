import { notFound, permanentRedirect } from 'next/navigation';
import { CacheKeys } from '@/components/story/cache-keys';
import { StoryBody } from '@/components/story/story-body';
import { contributorKey, HOME_KEY, sectionKey, tagKey, topicKey } from '@/lib/cache/surrogate-keys';
import { contributorPath } from '@/lib/bylines/queries';
import { readDoc } from '@/lib/content/document';
import { inLanguage } from '@/lib/stories/languages';
import { sitePath } from '@/lib/stories/public-paths';
import { listPublishedStories } from '@/lib/stories/public-queries';
import { readerMessages } from '@/lib/stories/reader-messages';
import { getContributor, getSection, getTag, getTopic } from './listing-queries';
import { PagedStoryList, pageHref, parsePage } from './paged-story-list';

// The reader's listings (all news, section, tag, topic), shared by page 1 and the
// `/page/n` routes so both render the same way.

export async function HomeListing({ language, page: raw }: { language: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const t = readerMessages(language);
  const { stories, hasMore } = await listPublishedStories({ language, page });
  if (page > 1 && !stories.length) notFound();
  return (
    <>
      <CacheKeys keys={[HOME_KEY]} stories={stories} />
      <h1 className="mb-2 font-serif text-2xl font-bold">
        {t.allNews}
        {page > 1 ? `, ${t.pageNumber(page)}` : ''}
      </h1>
      <PagedStoryList language={language} basePath={sitePath(language, '/')} page={page} hasMore={hasMore} stories={stories} leadStory={page === 1} />
    </>
  );
}

export async function SectionListing({ language, slug, page: raw }: { language: string; slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const section = (await getSection(slug)) ?? notFound();
  const { stories, hasMore } = await listPublishedStories({ language, page, sectionId: section.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  return (
    <>
      <CacheKeys keys={[sectionKey(section.slug)]} stories={stories} />
      <h1 className="mb-2 font-serif text-2xl font-bold">{section.name}</h1>
      <PagedStoryList language={language} basePath={sitePath(language, `/section/${section.slug}`)} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}

export async function TagListing({ language, slug, page: raw }: { language: string; slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const t = readerMessages(language);
  const { tag, redirectTo } = await getTag(slug);
  if (redirectTo) permanentRedirect(pageHref(sitePath(language, `/tag/${redirectTo}`), page)); // a merged tag's old address
  if (!tag) notFound();
  const { stories, hasMore } = await listPublishedStories({ language, page, tagId: tag.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  return (
    <>
      <CacheKeys keys={[tagKey(tag.slug)]} stories={stories} />
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t.tagKinds[tag.kind]}</p>
      <h1 className="mb-1 font-serif text-2xl font-bold">{inLanguage(tag.name, tag.names, (n) => n.name, language)}</h1>
      {tag.description ? <p className="mb-2 text-slate-700">{tag.description}</p> : null}
      <PagedStoryList language={language} basePath={sitePath(language, `/tag/${tag.slug}`)} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}

export async function TopicListing({ language, slug, page: raw }: { language: string; slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const t = readerMessages(language);
  const topic = (await getTopic(slug)) ?? notFound();
  const { stories, hasMore } = await listPublishedStories({ language, page, topicId: topic.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  return (
    <>
      <CacheKeys keys={[topicKey(topic.slug)]} stories={stories} />
      <h1 className="mb-3 font-serif text-2xl font-bold">{inLanguage(topic.title, topic.titles, (t) => t.title, language)}</h1>
      <aside aria-label={t.background} className="mb-6 rounded-lg border-l-4 border-brand bg-slate-50 p-5">
        <StoryBody doc={readDoc(topic.background)} />
      </aside>
      <h2 className="font-serif text-xl font-bold">{t.stories}</h2>
      <PagedStoryList language={language} basePath={sitePath(language, `/topic/${topic.slug}`)} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}

/** A contributor's page: who they are and their published stories, newest first (drafts, embargoed and killed stories never). */
export async function ContributorListing({ language, slug, page: raw }: { language: string; slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const t = readerMessages(language);
  const contributor = (await getContributor(slug)) ?? notFound();
  const { stories, hasMore } = await listPublishedStories({ language, page, contributorId: contributor.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  const path = sitePath(language, contributorPath(contributor.slug));
  return (
    <>
      <CacheKeys keys={[contributorKey(contributor.slug)]} stories={stories} />
      <h1 className="mb-1 font-serif text-2xl font-bold">{contributor.name}</h1>
      {contributor.bio ? <p className="mb-2 text-slate-700">{contributor.bio}</p> : null}
      <p className="mb-4 text-sm">
        <a href={`${path}/rss.xml`} className="text-brand underline">
          {t.rssFeed}
        </a>{' '}
        ·{' '}
        <a href={`${path}/atom.xml`} className="text-brand underline">
          {t.atomFeed}
        </a>
      </p>
      <h2 className="font-serif text-xl font-bold">{t.stories}</h2>
      {stories.length ? null : <p className="text-slate-600">{t.noStoriesYet}</p>}
      <PagedStoryList language={language} basePath={path} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}
