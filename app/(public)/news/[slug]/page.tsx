import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { CacheKeys } from '@/components/story/cache-keys';
import { LiveCoverage } from '@/components/story/live-coverage';
import { StoryArticle } from '@/components/story/story-article';
import { liveCoverageForPage } from '@/lib/live/queries';
import { env } from '@/lib/env';
import { formatDateline } from '@/lib/stories/dateline';
import { getPublishedStory as loadPublishedStory, listRelatedStories } from '@/lib/stories/public-queries';
import { absolute, firstImage, liveBlogJsonLd, newsArticleJsonLd, scriptSafeJson, storyPath } from '@/lib/stories/seo';

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
  const [related, { entries, cursor }] = await Promise.all([
    listRelatedStories({ storyId: story.storyId, topicId: story.topicId, sectionId: story.sectionId, tagIds: story.tags.map((t) => t.tagId) }),
    story.liveCoverage ? liveCoverageForPage(story.storyId) : Promise.resolve({ entries: [], cursor: 0 }),
  ]);
  const image = firstImage(story.body);
  const jsonLd = story.liveCoverage ? liveBlogJsonLd({ ...story, image }, entries, site) : newsArticleJsonLd({ ...story, image }, site);
  return (
    <>
    <CacheKeys stories={[story, ...related]} />
    <StoryArticle
      // Generated JSON, with `<` escaped: it cannot end the script element.
      head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(jsonLd) }} />}
      story={{ ...story, dateline, tags: story.tags.map(({ tag }) => tag), related }}
      live={story.liveCoverage ? <LiveCoverage slug={story.slug} entries={entries} endedAt={story.liveEndedAt} cursor={cursor} /> : null}
    />
    </>
  );
}
