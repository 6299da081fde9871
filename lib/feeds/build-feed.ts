import { formatByline, readBylines } from '@/lib/bylines/byline';
import { readDoc } from '@/lib/content/document';
import { renderBodyHtml } from '@/lib/content/render-html';
import { formatDateline } from '@/lib/stories/dateline';
import { bodyForReaders } from '@/lib/stories/details-to-follow';
import { renderEntryHtml, type PublicEntry } from '@/lib/live/render';
import { storyPath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { absolute } from '@/lib/stories/seo';
import { toAtom } from './write-atom';
import { toJsonFeed } from './write-json-feed';
import { toRss } from './write-rss';
import type { ResponsiveImage } from '@/lib/assets/responsive';
import { withAbsoluteUrls } from './absolute-urls';
import { escapeHtml, type FeedDocument } from './model';

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const satisfies Record<FeedFormat, string>;
export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

export type FeedStory = {
  storyId: string;
  slug: string;
  headline: string;
  subheadline: string;
  body: unknown;
  datelinePlace: string;
  datelineDate: Date | null;
  credit: string;
  language?: string;
  correctionNote: string;
  firstPublishedAt: Date;
  publishedAt: Date;
  visibleAt: Date;
  section: { name: string } | null;
  tags: { tag: { name: string } }[];
  /** 0 for the first version; UPDATE n after that. */
  updateNumber?: number;
  liveCoverage?: boolean;
  /** The stored byline (lib/bylines) and its "with" line. */
  bylines?: unknown;
  bylineWith?: string;
  story?: { liveEntries: (Omit<PublicEntry, 'publishedAt'> & { publishedAt: Date | null })[] };
};

/** A live story's entries in its feed item, newest first, as on the page; and when the latest one changed. */
function liveOf(story: FeedStory, language: string) {
  const entries = story.liveCoverage ? (story.story?.liveEntries ?? []).filter((entry): entry is PublicEntry => entry.publishedAt !== null) : [];
  const latest = entries.reduce<Date | null>((max, entry) => (!max || entry.updatedAt > max ? entry.updatedAt : max), null);
  const heading = `<h2>${escapeHtml(readerMessages(language).liveUpdates)}</h2>`;
  return { html: entries.length ? `${heading}<ol>${entries.map((entry) => renderEntryHtml(entry, language)).join('')}</ol>` : '', latest };
}

/** The stories of a feed as one neutral document, written out by each format's writer. */
export type FeedInput = {
  /** The site's language (its stories are all in it). */
  language: string;
  site: { url: string; name: string };
  title: string;
  path: string;
  stories: FeedStory[];
  /** Uploaded images the stories show: responsive pictures, and none whose rights expired (as on the page). */
  images?: Map<string, ResponsiveImage>;
};

export function feedDocumentOf(input: FeedInput): FeedDocument {
  const { site } = input;
  const base = input.path === '/' ? '' : input.path;
  return {
    id: absolute(site.url, input.path),
    title: input.title,
    siteName: site.name,
    link: absolute(site.url, input.path),
    language: input.language,
    updated: input.stories[0]?.publishedAt ?? new Date(0),
    links: {
      rss: absolute(site.url, `${base}/${FEED_FILES.rss}`),
      atom: absolute(site.url, `${base}/${FEED_FILES.atom}`),
      json: absolute(site.url, `${base}/${FEED_FILES.json}`),
    },
    entries: input.stories.map((story) => {
      const link = absolute(site.url, storyPath(story.slug, story.language ?? input.language));
      const dateline = formatDateline({ place: story.datelinePlace, date: story.datelineDate, credit: story.credit, language: story.language });
      const correction = story.correctionNote ? `<p><strong>Correction:</strong> ${escapeHtml(story.correctionNote)}</p>` : '';
      const update = story.updateNumber ? `<p><strong>UPDATE ${story.updateNumber}</strong></p>` : '';
      const live = liveOf(story, input.language);
      const bylines = readBylines(story.bylines);
      const byline = [formatByline(bylines), story.bylineWith ?? '']
        .filter(Boolean)
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('');
      const authors = bylines.filter((b) => b.role === 'writer' || b.role === 'reporter').map((b) => b.name);
      return {
        id: link,
        link,
        title: story.headline,
        summary: story.correctionNote ? `Correction: ${story.correctionNote} ${story.subheadline}`.trim() : story.subheadline,
        // Absolute addresses: a feed is read away from the site, where `/media/…` points nowhere.
        contentHtml: withAbsoluteUrls(
          update +
            correction +
            byline +
            renderBodyHtml(bodyForReaders(readDoc(story.body), story.language ?? 'en'), { dateline, images: input.images }) +
            live.html,
          link,
        ),
        published: story.firstPublishedAt,
        // An update, or a live entry since, shows the item as updated.
        updated: live.latest && live.latest > story.publishedAt ? live.latest : story.publishedAt,
        categories: [...(story.section ? [story.section.name] : []), ...story.tags.map(({ tag }) => tag.name)],
        author: authors.length ? authors.join(', ') : story.credit || site.name,
      };
    }),
  };
}

/**
 * A feed of published stories in RSS 2.0, Atom 1.0 or JSON Feed 1.1. Item content is
 * the body through the one renderer, dateline included, with the correction note first
 * when there is one. Titles and summaries are plain text in every format.
 */
export function buildFeed(format: FeedFormat, input: FeedInput): string {
  const document = feedDocumentOf(input);
  return format === 'rss' ? toRss(document) : format === 'atom' ? toAtom(document) : toJsonFeed(document);
}
