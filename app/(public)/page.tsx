import { connection } from 'next/server';
import { PagedStoryList, pageNumber } from '@/components/story/paged-story-list';
import { listPublishedStories } from '@/lib/stories/public-queries';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await connection();
  const page = pageNumber((await searchParams).page);
  const { stories, hasMore } = await listPublishedStories({ page });
  return (
    <>
      <h1 className="mb-2 font-serif text-2xl font-bold">All news</h1>
      <PagedStoryList basePath="/" page={page} hasMore={hasMore} stories={stories} />
    </>
  );
}
