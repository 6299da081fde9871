import { notFound, permanentRedirect } from 'next/navigation';
import { CacheKeys } from '@/components/story/cache-keys';
import { StoryBody } from '@/components/story/story-body';
import { contributorKey, HOME_KEY, sectionKey, tagKey, topicKey } from '@/lib/cache/surrogate-keys';
import { contributorPath } from '@/lib/bylines/queries';
import { readDoc } from '@/lib/content/document';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import { listPublishedStories } from '@/lib/stories/public-queries';
import { getContributor, getSection, getTag, getTopic } from './listing-queries';
import { PagedStoryList, pageHref, parsePage } from './paged-story-list';

// The reader's listings (all news, section, tag, topic), shared by page 1 and the
// `/page/n` routes so both render the same way.

export async function HomeListing({ page: raw }: { page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const { stories, hasMore } = await listPublishedStories({ page });
  if (page > 1 && !stories.length) notFound();
  return (
    <>
      <CacheKeys keys={[HOME_KEY]} stories={stories} />
      <h1 className="mb-2 font-serif text-2xl font-bold">All news{page > 1 ? `, page ${page}` : ''}</h1>
      <PagedStoryList basePath="/" page={page} hasMore={hasMore} stories={stories} leadStory={page === 1} />
    </>
  );
}

export async function SectionListing({ slug, page: raw }: { slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const section = (await getSection(slug)) ?? notFound();
  const { stories, hasMore } = await listPublishedStories({ page, sectionId: section.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  return (
    <>
      <CacheKeys keys={[sectionKey(section.slug)]} stories={stories} />
      <h1 className="mb-2 font-serif text-2xl font-bold">{section.name}</h1>
      <PagedStoryList basePath={`/section/${section.slug}`} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}

export async function TagListing({ slug, page: raw }: { slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const { tag, redirectTo } = await getTag(slug);
  if (redirectTo) permanentRedirect(pageHref(`/tag/${redirectTo}`, page)); // a merged tag's old address
  if (!tag) notFound();
  const { stories, hasMore } = await listPublishedStories({ page, tagId: tag.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  return (
    <>
      <CacheKeys keys={[tagKey(tag.slug)]} stories={stories} />
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{TAG_KIND_NAMES[tag.kind]}</p>
      <h1 className="mb-1 font-serif text-2xl font-bold">{tag.name}</h1>
      {tag.description ? <p className="mb-2 text-slate-700">{tag.description}</p> : null}
      <PagedStoryList basePath={`/tag/${tag.slug}`} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}

export async function TopicListing({ slug, page: raw }: { slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const topic = (await getTopic(slug)) ?? notFound();
  const { stories, hasMore } = await listPublishedStories({ page, topicId: topic.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  return (
    <>
      <CacheKeys keys={[topicKey(topic.slug)]} stories={stories} />
      <h1 className="mb-3 font-serif text-2xl font-bold">{topic.title}</h1>
      <aside aria-label="Background" className="mb-6 rounded-lg border-l-4 border-brand bg-slate-50 p-5">
        <StoryBody doc={readDoc(topic.background)} />
      </aside>
      <h2 className="font-serif text-xl font-bold">Stories</h2>
      <PagedStoryList basePath={`/topic/${topic.slug}`} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}

/** A contributor's page: who they are and their published stories, newest first (drafts, embargoed and killed stories never). */
export async function ContributorListing({ slug, page: raw }: { slug: string; page?: string }) {
  const page = parsePage(raw) ?? notFound();
  const contributor = (await getContributor(slug)) ?? notFound();
  const { stories, hasMore } = await listPublishedStories({ page, contributorId: contributor.id });
  if (page > 1 && !stories.length) notFound(); // a page past the last one does not exist
  const path = contributorPath(contributor.slug);
  return (
    <>
      <CacheKeys keys={[contributorKey(contributor.slug)]} stories={stories} />
      <h1 className="mb-1 font-serif text-2xl font-bold">{contributor.name}</h1>
      {contributor.bio ? <p className="mb-2 text-slate-700">{contributor.bio}</p> : null}
      <p className="mb-4 text-sm">
        <a href={`${path}/rss.xml`} className="text-brand underline">
          RSS feed
        </a>{' '}
        ·{' '}
        <a href={`${path}/atom.xml`} className="text-brand underline">
          Atom feed
        </a>
      </p>
      <h2 className="font-serif text-xl font-bold">Stories</h2>
      {stories.length ? null : <p className="text-slate-600">No published stories yet.</p>}
      <PagedStoryList basePath={path} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}
