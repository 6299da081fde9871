import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { PagedStoryList, pageNumber } from '@/components/story/paged-story-list';
import { TAG_KIND_NAMES } from '@/lib/tags/labels';
import { getTagBySlug, listPublishedStories } from '@/lib/stories/public-queries';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { tag } = await getTagBySlug((await params).slug);
  return tag ? { title: tag.name, description: tag.description || undefined, alternates: { canonical: `/tag/${tag.slug}` } } : {};
}

export default async function TagPage({ params, searchParams }: Props) {
  await connection();
  const { tag, redirectTo } = await getTagBySlug((await params).slug);
  if (redirectTo) permanentRedirect(`/tag/${redirectTo}`); // a merged tag's old address
  if (!tag) notFound();
  const page = pageNumber((await searchParams).page);
  const { stories, hasMore } = await listPublishedStories({ page, tagId: tag.id });
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">{TAG_KIND_NAMES[tag.kind]}</p>
      <h1 className="mb-1 font-serif text-2xl font-bold">{tag.name}</h1>
      {tag.description ? <p className="mb-2 text-slate-700">{tag.description}</p> : null}
      <PagedStoryList basePath={`/tag/${tag.slug}`} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}
