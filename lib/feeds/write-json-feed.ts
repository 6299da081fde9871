import type { FeedDocument } from './model';

/** JSON Feed 1.1: strings are plain text, `content_html` the renderer's HTML. */
export function toJsonFeed(feed: FeedDocument): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.link,
      feed_url: feed.links.json,
      language: feed.language,
      authors: [{ name: feed.siteName }],
      items: feed.entries.map((entry) => ({
        id: entry.id,
        url: entry.link,
        title: entry.title,
        ...(entry.summary ? { summary: entry.summary } : {}),
        content_html: entry.contentHtml,
        date_published: entry.published.toISOString(),
        date_modified: entry.updated.toISOString(),
        authors: [{ name: entry.author }],
        tags: entry.categories,
      })),
    },
    null,
    2,
  );
}
