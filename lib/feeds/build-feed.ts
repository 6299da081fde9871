import { Feed } from 'feed';
import type { TDocNode } from '@/lib/content/document';
import { renderBodyHtml } from '@/lib/content/render-html';
import { formatDateline } from '@/lib/stories/dateline';
import { absolute, storyPath } from '@/lib/stories/seo';

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const satisfies Record<FeedFormat, string>;
export const FEED_TYPES = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8', json: 'application/feed+json; charset=utf-8' } as const;

export type FeedStory = {
  storyId: string; slug: string; headline: string; subheadline: string; body: unknown; datelinePlace: string; datelineDate: Date | null;
  credit: string; correctionNote: string; firstPublishedAt: Date; publishedAt: Date; visibleAt: Date;
  section: { name: string } | null; tags: { tag: { name: string } }[];
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A feed of published stories in RSS 2.0, Atom or JSON Feed, built with the `feed`
 * library. Item content is the body through the one renderer, dateline included,
 * with the correction note first when there is one.
 */
export function buildFeed(format: FeedFormat, input: { site: { url: string; name: string }; title: string; path: string; stories: FeedStory[] }): string {
  const { site } = input;
  const base = input.path === '/' ? '' : input.path;
  const feed = new Feed({
    id: absolute(site.url, input.path),
    title: input.title,
    link: absolute(site.url, input.path),
    language: 'en',
    updated: input.stories[0]?.publishedAt ?? new Date(0),
    generator: 'Newsroom',
    copyright: `© ${site.name}`,
    feedLinks: {
      rss: absolute(site.url, `${base}/${FEED_FILES.rss}`),
      atom: absolute(site.url, `${base}/${FEED_FILES.atom}`),
      json: absolute(site.url, `${base}/${FEED_FILES.json}`),
    },
  });
  for (const story of input.stories) {
    const link = absolute(site.url, storyPath(story.slug));
    const dateline = formatDateline({ place: story.datelinePlace, date: story.datelineDate, credit: story.credit });
    const correction = story.correctionNote ? `<p><strong>Correction:</strong> ${escape(story.correctionNote)}</p>` : '';
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: story.headline,
      description: story.correctionNote ? `Correction: ${story.correctionNote} ${story.subheadline}`.trim() : story.subheadline,
      content: correction + renderBodyHtml(story.body as TDocNode, { dateline }),
      date: story.publishedAt,
      published: story.firstPublishedAt,
      category: [...(story.section ? [{ name: story.section.name }] : []), ...story.tags.map(({ tag }) => ({ name: tag.name }))],
      author: [{ name: story.credit || site.name }],
    });
  }
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1();
}
