import { XmlElement, xmlDocument } from '@/lib/xml/writer';
import { escapeHtml, type FeedDocument } from './model';

const ATOM = 'http://www.w3.org/2005/Atom';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';

/**
 * RSS 2.0. Readers treat `title` and `description` as HTML (the RSS Board's profile:
 * entity-encoded), so the plain text is HTML-escaped before the writer escapes it for
 * XML: every reader shows the characters, none sees markup. The body is the
 * renderer's HTML in `content:encoded`.
 */
export function toRss(feed: FeedDocument): string {
  const rss = new XmlElement('rss', { version: '2.0', 'xmlns:atom': ATOM, 'xmlns:content': CONTENT, 'xmlns:dc': DC });
  const channel = rss
    .ele('channel')
    .leaf('title', escapeHtml(feed.title))
    .leaf('link', feed.link)
    .leaf('description', escapeHtml(feed.title))
    .leaf('language', feed.language)
    .leaf('lastBuildDate', feed.updated.toUTCString())
    .leaf('generator', 'Newsroom')
    .leaf('copyright', `© ${feed.siteName}`);
  channel.ele('atom:link', { href: feed.links.rss, rel: 'self', type: 'application/rss+xml' });
  for (const entry of feed.entries) {
    const item = channel.ele('item').leaf('title', escapeHtml(entry.title)).leaf('link', entry.link);
    item.ele('guid', { isPermaLink: 'true' }).txt(entry.link);
    item.leaf('pubDate', entry.published.toUTCString());
    if (entry.updated.getTime() !== entry.published.getTime()) item.leaf('atom:updated', entry.updated.toISOString());
    if (entry.summary) item.leaf('description', escapeHtml(entry.summary));
    item.leaf('content:encoded', entry.contentHtml).leaf('dc:creator', entry.author);
    for (const category of entry.categories) item.leaf('category', category);
  }
  return xmlDocument(rss);
}
