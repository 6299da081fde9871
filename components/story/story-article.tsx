import Link from 'next/link';
import type { ReactNode } from 'react';
import { StoryBody } from '@/components/story/story-body';
import { formatPublicTime } from '@/components/story/time';
import { UpdateChain, type StoryVersion } from '@/components/story/update-chain';
import { LeadImage } from '@/components/story/lead-image';
import { StoryByline } from '@/components/story/story-byline';
import type { PublicByline } from '@/lib/bylines/queries';
import type { ResponsiveImage } from '@/lib/assets/responsive';
import { readDoc } from '@/lib/content/document';
import { bodyForReaders } from '@/lib/stories/details-to-follow';
import type { ReaderStoryState } from '@/lib/stories/reader-state';
import { nativeLanguageName } from '@/lib/stories/limits';
import { sitePath, storyPath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';

export type ArticleStory = {
  headline: string;
  subheadline: string;
  language: string;
  body: unknown;
  dateline: string;
  correctionNote: string;
  firstPublishedAt: Date | null;
  publishedAt: Date | null;
  /** A hidden section's page does not exist for readers: no link to it. */
  section: { name: string; slug: string; hidden: boolean } | null;
  topic: { title: string; slug: string; background: unknown } | null;
  tags: { name: string; slug: string }[];
  related?: { storyId: string; slug: string; headline: string }[];
  /** The numbered updates since first publication (UPDATE 1, 2…). */
  versions?: StoryVersion[];
  /** Uploaded images the story shows (body and lead), for responsive pictures. */
  images?: Map<string, ResponsiveImage>;
  leadImageId?: string | null;
  /** Who wrote it (with their pages), and the "with" line. */
  bylines?: PublicByline[];
  bylineWith?: string;
  /** The same news published in other languages. */
  translations?: { language: string; slug: string }[];
};

/**
 * A story as readers see it: the public page, and the desk's Preview of any version.
 * `watch` (the public page) names the story and the version the page shows, so its
 * script can tell the reader of an update, a correction or a withdrawal without a reload.
 */
export function StoryArticle({
  story,
  siteLanguage = story.language,
  head,
  live,
  watch,
}: {
  story: ArticleStory;
  /** The site the page is on: its links and words (the story's own language unless said). */
  siteLanguage?: string;
  head?: ReactNode;
  live?: ReactNode;
  watch?: { slug: string; state: Extract<ReaderStoryState, { state: 'published' }> };
}) {
  const updated = story.publishedAt && story.firstPublishedAt && story.publishedAt.getTime() !== story.firstPublishedAt.getTime();
  const lead = story.leadImageId ? story.images?.get(story.leadImageId) : undefined;
  const t = readerMessages(siteLanguage);
  const link = (path: string) => sitePath(siteLanguage, path);
  return (
    <article
      lang={story.language}
      className="mx-auto max-w-3xl"
      {...(watch
        ? {
            'data-story': watch.slug,
            'data-story-version': String(watch.state.version),
            'data-story-update': String(watch.state.updateNumber),
            'data-story-correction': watch.state.correction,
            // The notices the page's script writes (withdrawn, updated, corrected), in the site's words.
            'data-site-home': link('/'),
            'data-withdrawn-title': t.withdrawnTitle,
            'data-all-news': t.allNews,
            'data-updated-text': t.storyUpdated,
            'data-update-number-text': t.storyUpdatedNumber,
            'data-correction-text': t.correctionPublished,
            'data-read-latest': t.readLatest,
          }
        : {})}
    >
      {head}
      {story.section && !story.section.hidden ? (
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand">
          <Link href={link(`/section/${story.section.slug}`)}>{story.section.name}</Link>
        </p>
      ) : null}
      <h1 className="font-serif text-3xl font-bold leading-tight sm:text-4xl">{story.headline}</h1>
      {story.subheadline ? <p className="mt-3 text-xl leading-snug text-slate-700">{story.subheadline}</p> : null}
      <StoryByline bylines={story.bylines ?? []} withLine={story.bylineWith ?? ''} />
      {story.translations?.length ? (
        <nav aria-label={t.otherLanguages} className="no-print mt-3 text-sm">
          <ul className="flex flex-wrap gap-3">
            {story.translations.map((other) => (
              <li key={other.language}>
                <Link href={storyPath(other.slug, other.language)} hrefLang={other.language} lang={other.language} className="text-brand underline">
                  {nativeLanguageName(other.language)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {story.firstPublishedAt ? (
        <p className="mt-4 text-sm text-slate-600">
          <time dateTime={story.firstPublishedAt.toISOString()}>{formatPublicTime(story.firstPublishedAt, siteLanguage)}</time>
          {updated && story.publishedAt ? (
            <>
              {' '}
              · {t.updated} <time dateTime={story.publishedAt.toISOString()}>{formatPublicTime(story.publishedAt, siteLanguage)}</time>
            </>
          ) : null}
        </p>
      ) : null}
      {story.firstPublishedAt && story.versions?.length ? (
        <UpdateChain firstPublishedAt={story.firstPublishedAt} versions={story.versions} language={siteLanguage} />
      ) : null}
      {story.correctionNote ? (
        <p className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900">
          <strong>{t.correction}</strong> {story.correctionNote}
        </p>
      ) : null}
      {lead && !lead.expired ? <LeadImage image={lead} /> : null}
      <StoryBody doc={bodyForReaders(readDoc(story.body), story.language)} dateline={story.dateline} images={story.images} embedPlaceholders />
      {live}
      {story.topic ? (
        <aside aria-labelledby="topic-title" className="mt-8 rounded-lg border-l-4 border-brand bg-slate-50 p-5">
          <h2 id="topic-title" className="font-sans text-lg font-bold">
            <Link href={link(`/topic/${story.topic.slug}`)} className="hover:text-brand">
              {story.topic.title}
            </Link>
          </h2>
          <StoryBody doc={readDoc(story.topic.background)} />
        </aside>
      ) : null}
      {story.tags.length ? (
        <nav aria-label={t.tags} className="no-print mt-8">
          <ul className="flex flex-wrap gap-2">
            {story.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={link(`/tag/${tag.slug}`)} className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-brand hover:text-brand">
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {story.related?.length ? (
        <section aria-labelledby="related-title" className="no-print mt-10 border-t border-slate-200 pt-6">
          <h2 id="related-title" className="mb-3 font-sans text-lg font-bold">
            {t.relatedStories}
          </h2>
          <ul className="space-y-2">
            {story.related.map((r) => (
              <li key={r.storyId}>
                <Link href={storyPath(r.slug, siteLanguage)} className="font-serif text-brand hover:underline">
                  {r.headline}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
