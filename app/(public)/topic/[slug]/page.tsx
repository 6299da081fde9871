import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PagedStoryList, pageNumber } from '@/components/story/paged-story-list';
import { StoryBody } from '@/components/story/story-body';
import type { TDocNode } from '@/lib/content/document';
import { getTopicBySlug, listPublishedStories } from '@/lib/stories/public-queries';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const topic = await getTopicBySlug((await params).slug);
  return topic ? { title: topic.title, alternates: { canonical: `/topic/${topic.slug}` } } : {};
}

export default async function TopicPage({ params, searchParams }: Props) {
  await connection();
  const topic = await getTopicBySlug((await params).slug);
  if (!topic) notFound();
  const page = pageNumber((await searchParams).page);
  const { stories, hasMore } = await listPublishedStories({ page, topicId: topic.id });
  return (
    <>
      <h1 className="mb-3 font-serif text-2xl font-bold">{topic.title}</h1>
      <aside aria-label="Background" className="mb-6 rounded-lg border-l-4 border-brand bg-slate-50 p-5">
        <StoryBody doc={topic.background as TDocNode} />
      </aside>
      <h2 className="font-serif text-xl font-bold">Stories</h2>
      <PagedStoryList basePath={`/topic/${topic.slug}`} page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}
