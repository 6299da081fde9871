import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PagedStoryList, pageNumber } from '@/components/story/paged-story-list';
import { getSectionBySlug, listPublishedStories } from '@/lib/stories/public-queries';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const section = await getSectionBySlug((await params).slug);
  return section ? { title: section.name, alternates: { canonical: `/section/${section.slug}` } } : {};
}

export default async function SectionPage({ params, searchParams }: Props) {
  await connection();
  const section = await getSectionBySlug((await params).slug);
  if (!section) notFound();
  const page = pageNumber((await searchParams).page);
  const { stories, hasMore } = await listPublishedStories({ page, sectionId: section.id });
  return (
    <>
      <h1 className="mb-2 font-serif text-2xl font-bold">{section.name}</h1>
      <PagedStoryList basePath={`/section/${section.slug}`} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}
