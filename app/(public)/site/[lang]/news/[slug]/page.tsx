import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { CacheKeys } from '@/components/story/cache-keys';
import { LiveCoverage } from '@/components/story/live-coverage';
import { StoryArticle } from '@/components/story/story-article';
import { resolveBylines } from '@/lib/bylines/queries';
import { liveCoverageForPage } from '@/lib/live/queries';
import { mediaIdsIn, responsiveImages } from '@/lib/assets/queries';
import { socialImageOf } from '@/lib/assets/responsive';
import { env } from '@/lib/env';
import { formatDateline } from '@/lib/stories/dateline';
import { getPublishedStory as loadPublishedStory, listRelatedStories } from '@/lib/stories/public-queries';
import { siteOf, storyPath } from '@/lib/stories/public-paths';
import { absolute, firstImage, languageAlternates, liveBlogJsonLd, newsArticleJsonLd, scriptSafeJson } from '@/lib/stories/seo';
import { pageLanguage } from '../../site-language';

type Props = { params: Promise<{ lang: string; slug: string }> };

// Rendered on first request, then served from Next's cache until a publish, update or
// kill revalidates it (the timer is a safety net for embargoes lifting by the clock).
export const revalidate = 60;
export const generateStaticParams = () => [];

// generateMetadata and the page read the same story (and its images): once per render.
const getPublishedStory = cache(loadPublishedStory);

/** The story at this address on this language's site: one in another language lives on its own site (the proxy sends readers there). */
async function storyOnPage(params: Props['params']) {
  const language = await pageLanguage(params);
  const story = await getPublishedStory((await params).slug);
  return story && siteOf(story.language) === language ? story : null;
}
const imagesOf = cache(async (slug: string) => {
  const story = await getPublishedStory(slug);
  return story ? responsiveImages([...mediaIdsIn(story.body), ...(story.leadImageId ? [story.leadImageId] : [])]) : new Map();
});

/** The social card: the lead image's 1200×630 rendition, else the body's first image. */
async function socialImage(slug: string, story: { leadImageId: string | null; body: unknown }) {
  const lead = story.leadImageId ? (await imagesOf(slug)).get(story.leadImageId) : undefined;
  const card = lead && !lead.expired ? socialImageOf(lead) : null;
  return card ? { url: card, width: 1200, height: 630, alt: lead!.altText } : firstImage(story.body) ? { url: firstImage(story.body)! } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await storyOnPage(params);
  if (!story) return {};
  const url = absolute(env().NEWSROOM_SITE_URL, storyPath(story.slug, story.language));
  const image = await socialImage(story.slug, story);
  const description = story.subheadline || story.bodyText.slice(0, 200);
  const languages = languageAlternates(story, env().NEWSROOM_SITE_URL);
  return {
    title: story.headline,
    description,
    alternates: { canonical: url, ...(languages ? { languages } : {}) },
    openGraph: {
      type: 'article',
      url,
      title: story.headline,
      description,
      siteName: env().NEWSROOM_SITE_NAME,
      locale: story.language,
      publishedTime: story.firstPublishedAt.toISOString(),
      modifiedTime: story.publishedAt.toISOString(),
      section: story.section?.name,
      tags: story.tags.map(({ tag }) => tag.name),
      ...(image ? { images: [{ ...image, url: absolute(env().NEWSROOM_SITE_URL, image.url) }] } : {}),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: story.headline,
      description,
      ...(image ? { images: [absolute(env().NEWSROOM_SITE_URL, image.url)] } : {}),
    },
  };
}

export default async function StoryPage({ params }: Props) {
  const story = (await storyOnPage(params)) ?? notFound();
  const site = { url: env().NEWSROOM_SITE_URL, name: env().NEWSROOM_SITE_NAME };
  const dateline = formatDateline({ place: story.datelinePlace, date: story.datelineDate, credit: story.credit, language: story.language });
  const [related, { entries, cursor }, bylines] = await Promise.all([
    listRelatedStories({
      storyId: story.storyId,
      language: story.language,
      topicId: story.topicId,
      sectionId: story.sectionId,
      tagIds: story.tags.map((t) => t.tagId),
    }),
    story.liveCoverage ? liveCoverageForPage(story.storyId) : Promise.resolve({ entries: [], cursor: 0 }),
    resolveBylines(story.bylines, story.language),
  ]);
  const [images, social] = await Promise.all([imagesOf(story.slug), socialImage(story.slug, story)]);
  const image = social?.url ?? null;
  const jsonLd = story.liveCoverage
    ? liveBlogJsonLd({ ...story, image, contributors: bylines }, entries, site)
    : newsArticleJsonLd({ ...story, image, contributors: bylines }, site);
  return (
    <>
      <CacheKeys stories={[story, ...related, ...story.translations]} />
      <StoryArticle
        // Generated JSON, with `<` escaped: it cannot end the script element.
        head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(jsonLd) }} />}
        story={{ ...story, dateline, tags: story.tags.map(({ tag }) => tag), related, images, bylines }}
        watch={{
          slug: story.slug,
          state: { state: 'published', version: story.publishedAt.getTime(), updateNumber: story.updateNumber, correction: story.correctionNote },
        }}
        live={
          story.liveCoverage ? (
            <LiveCoverage slug={story.slug} entries={entries} endedAt={story.liveEndedAt} cursor={cursor} language={siteOf(story.language)} />
          ) : null
        }
      />
    </>
  );
}
