import Link from 'next/link';
import { connection } from 'next/server';
import { StoryList } from '@/components/story/story-list';
import { listPublishedStories } from '@/lib/stories/public-queries';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await connection();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { stories, hasMore } = await listPublishedStories({ page });
  return (
    <>
      <h1 className="mb-2 font-serif text-2xl font-bold">All news</h1>
      <StoryList stories={stories} />
      <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
        {page > 1 ? <Link href={page === 2 ? '/' : `/?page=${page - 1}`} className="text-brand underline">Newer stories</Link> : <span />}
        {hasMore ? <Link href={`/?page=${page + 1}`} className="text-brand underline">Older stories</Link> : null}
      </nav>
    </>
  );
}
