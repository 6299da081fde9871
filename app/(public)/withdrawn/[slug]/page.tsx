import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CacheKeys } from '@/components/story/cache-keys';
import { formatPublicTime } from '@/components/story/time';
import { getKilledStory } from '@/lib/stories/public-queries';

export const revalidate = 60;
export const generateStaticParams = () => [];

export const metadata: Metadata = { title: 'Story withdrawn', robots: { index: false, follow: false } };

/** The notice a killed story's address shows (served with HTTP 410 by the proxy). */
export default async function WithdrawnPage({ params }: { params: Promise<{ slug: string }> }) {
  const story = await getKilledStory((await params).slug);
  if (!story?.killedAt) notFound();
  return (
    <article className="mx-auto max-w-3xl py-8">
      <CacheKeys stories={[{ slug: (await params).slug }]} />
      <h1 className="font-serif text-3xl font-bold">This story has been withdrawn</h1>
      <p className="mt-3 text-slate-700">
        The story was withdrawn on <time dateTime={story.killedAt.toISOString()}>{formatPublicTime(story.killedAt)}</time>.
      </p>
      {story.killNote ? <p className="mt-3 rounded bg-slate-100 p-3 text-slate-800">{story.killNote}</p> : null}
      <Link href="/" className="mt-6 inline-block text-brand underline">
        All news
      </Link>
    </article>
  );
}
