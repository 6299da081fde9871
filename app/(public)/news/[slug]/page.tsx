import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryBody } from '@/components/story/story-body';
import { formatPublicTime } from '@/components/story/time';
import { readDoc } from '@/lib/content/document';
import { env } from '@/lib/env';
import { formatDateline } from '@/lib/stories/dateline';
import { getPublishedStory as loadPublishedStory, listRelatedStories } from '@/lib/stories/public-queries';
import { absolute, firstImage, newsArticleJsonLd, scriptSafeJson, storyPath } from '@/lib/stories/seo';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from Next's cache until a publish, update or
// kill revalidates it (the timer is a safety net for embargoes lifting by the clock).
export const revalidate = 60;
export const generateStaticParams = () => [];

// generateMetadata and the page read the same story: once per render.
const getPublishedStory = cache(loadPublishedStory);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getPublishedStory((await params).slug);
  if (!story) return {};
  const url = absolute(env().NEWSROOM_SITE_URL, storyPath(story.slug));
  const image = firstImage(story.body);
  const description = story.subheadline || story.bodyText.slice(0, 200);
  return {
    title: story.headline,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article', url, title: story.headline, description, siteName: env().NEWSROOM_SITE_NAME, locale: story.language,
      publishedTime: story.firstPublishedAt.toISOString(), modifiedTime: story.publishedAt.toISOString(),
      section: story.section?.name, tags: story.tags.map(({ tag }) => tag.name),
      ...(image ? { images: [absolute(env().NEWSROOM_SITE_URL, image)] } : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: story.headline, description },
  };
}

export default async function StoryPage({ params }: Props) {
  const story = await getPublishedStory((await params).slug);
  if (!story) notFound();
  const site = { url: env().NEWSROOM_SITE_URL, name: env().NEWSROOM_SITE_NAME };
  const dateline = formatDateline({ place: story.datelinePlace, date: story.datelineDate, credit: story.credit, language: story.language });
  const updated = story.publishedAt.getTime() !== story.firstPublishedAt.getTime();
  const related = await listRelatedStories({ storyId: story.storyId, topicId: story.topicId, sectionId: story.sectionId, tagIds: story.tags.map((t) => t.tagId) });
  const jsonLd = newsArticleJsonLd({ ...story, image: firstImage(story.body) }, site);
  return (
    <article lang={story.language} className="mx-auto max-w-3xl">
      {/* Generated JSON, with `<` escaped: it cannot end the script element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(jsonLd) }} />
      {story.section ? <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand"><Link href={`/section/${story.section.slug}`}>{story.section.name}</Link></p> : null}
      <h1 className="font-serif text-3xl font-bold leading-tight sm:text-4xl">{story.headline}</h1>
      {story.subheadline ? <p className="mt-3 text-xl leading-snug text-slate-700">{story.subheadline}</p> : null}
      <p className="mt-4 text-sm text-slate-600">
        <time dateTime={story.firstPublishedAt.toISOString()}>{formatPublicTime(story.firstPublishedAt)}</time>
        {updated ? <> · updated <time dateTime={story.publishedAt.toISOString()}>{formatPublicTime(story.publishedAt)}</time></> : null}
      </p>
      {story.correctionNote ? <p className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900"><strong>Correction:</strong> {story.correctionNote}</p> : null}
      <StoryBody doc={readDoc(story.body)} dateline={dateline} />
      {story.topic ? (
        <aside aria-labelledby="topic-title" className="mt-8 rounded-lg border-l-4 border-brand bg-slate-50 p-5">
          <h2 id="topic-title" className="font-sans text-lg font-bold">
            <Link href={`/topic/${story.topic.slug}`} className="hover:text-brand">{story.topic.title}</Link>
          </h2>
          <StoryBody doc={readDoc(story.topic.background)} />
        </aside>
      ) : null}
      {story.tags.length ? (
        <nav aria-label="Tags" className="no-print mt-8">
          <ul className="flex flex-wrap gap-2">
            {story.tags.map(({ tag }) => (
              <li key={tag.slug}><Link href={`/tag/${tag.slug}`} className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand hover:text-brand">{tag.name}</Link></li>
            ))}
          </ul>
        </nav>
      ) : null}
      {related.length ? (
        <section aria-labelledby="related-title" className="no-print mt-10 border-t border-slate-200 pt-6">
          <h2 id="related-title" className="mb-3 font-sans text-lg font-bold">Related stories</h2>
          <ul className="space-y-2">
            {related.map((r) => <li key={r.storyId}><Link href={storyPath(r.slug)} className="font-serif text-brand hover:underline">{r.headline}</Link></li>)}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
