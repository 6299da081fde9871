import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { StoryBody } from '@/components/story/story-body';
import { formatPublicTime } from '@/components/story/time';
import type { TDocNode } from '@/lib/content/document';
import { formatDateline } from '@/lib/stories/dateline';
import { getPublishedStory } from '@/lib/stories/public-queries';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const story = await getPublishedStory((await params).slug);
  if (!story) return {};
  return { title: story.headline, description: story.subheadline, alternates: { canonical: `/news/${story.slug}` } };
}

export default async function StoryPage({ params }: Props) {
  await connection();
  const story = await getPublishedStory((await params).slug);
  if (!story) notFound();
  const dateline = formatDateline({ place: story.datelinePlace, date: story.datelineDate, credit: story.credit });
  const updated = story.publishedAt.getTime() !== story.firstPublishedAt.getTime();
  return (
    <article lang={story.language} className="mx-auto max-w-3xl">
      {story.section ? <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand">{story.section.name}</p> : null}
      <h1 className="font-serif text-3xl font-bold leading-tight sm:text-4xl">{story.headline}</h1>
      {story.subheadline ? <p className="mt-3 text-xl leading-snug text-slate-700">{story.subheadline}</p> : null}
      <p className="mt-4 text-sm text-slate-500">
        <time dateTime={story.firstPublishedAt.toISOString()}>{formatPublicTime(story.firstPublishedAt)}</time>
        {updated ? <> · updated <time dateTime={story.publishedAt.toISOString()}>{formatPublicTime(story.publishedAt)}</time></> : null}
      </p>
      {story.correctionNote ? <p className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900"><strong>Correction:</strong> {story.correctionNote}</p> : null}
      <StoryBody doc={story.body as TDocNode} dateline={dateline} />
      {story.topic ? (
        <aside aria-labelledby="topic-title" className="mt-8 rounded-lg border-l-4 border-brand bg-slate-50 p-5">
          <h2 id="topic-title" className="font-sans text-lg font-bold">
            <Link href={`/topic/${story.topic.slug}`} className="hover:text-brand">{story.topic.title}</Link>
          </h2>
          <StoryBody doc={story.topic.background as TDocNode} />
        </aside>
      ) : null}
      {story.tags.length ? (
        <nav aria-label="Tags" className="mt-8">
          <ul className="flex flex-wrap gap-2">
            {story.tags.map(({ tag }) => (
              <li key={tag.slug}><Link href={`/tag/${tag.slug}`} className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand hover:text-brand">{tag.name}</Link></li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
