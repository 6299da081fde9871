import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CacheKeys } from '@/components/story/cache-keys';
import { formatPublicTime } from '@/components/story/time';
import { sitePath } from '@/lib/stories/public-paths';
import { getKilledStory } from '@/lib/stories/public-queries';
import { readerMessages } from '@/lib/stories/reader-messages';
import { pageLanguage } from '../../site-language';

export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: readerMessages(await pageLanguage(params)).withdrawnPageTitle, robots: { index: false, follow: false } };
}

/** The notice a killed story's address shows (served with HTTP 410 by the proxy), on its language's site. */
export default async function WithdrawnPage({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  const language = await pageLanguage(params);
  const t = readerMessages(language);
  const story = await getKilledStory((await params).slug);
  if (!story?.killedAt) notFound();
  return (
    <article className="mx-auto max-w-3xl py-8">
      <CacheKeys stories={[{ slug: (await params).slug }]} />
      <h1 className="font-serif text-3xl font-bold">{t.withdrawnTitle}</h1>
      <p className="mt-3 text-slate-700">
        {t.withdrawnOn} <time dateTime={story.killedAt.toISOString()}>{formatPublicTime(story.killedAt, language)}</time>.
      </p>
      {story.killNote ? <p className="mt-3 rounded bg-slate-100 p-3 text-slate-800">{story.killNote}</p> : null}
      <Link href={sitePath(language, '/')} className="mt-6 inline-block text-brand underline">
        {t.allNews}
      </Link>
    </article>
  );
}
