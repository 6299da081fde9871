import { XmlElement, xmlDocument } from '@/lib/xml/writer';
import { escapeHtml, type FeedDocument } from './model';

/**
 * Atom 1.0. Titles and summaries are `type="html"` holding the HTML-escaped text, so a
 * strict reader and one that decodes entities in every title both show exactly the
 * characters typed; the body is the renderer's HTML, `type="html"`.
 */
export function toAtom(feed: FeedDocument): string {
  const root = new XmlElement('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language })
    .leaf('id', feed.id)
    .leaf('title', escapeHtml(feed.title), { type: 'html' })
    .leaf('updated', feed.updated.toISOString())
    .leaf('generator', 'Newsroom')
    .leaf('rights', `© ${feed.siteName}`, { type: 'text' });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.link });
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.links.atom });
  root.ele('author').leaf('name', feed.siteName);
  for (const entry of feed.entries) {
    const item = root.ele('entry').leaf('id', entry.id).leaf('title', escapeHtml(entry.title), { type: 'html' });
    item.ele('link', { rel: 'alternate', type: 'text/html', href: entry.link });
    item.leaf('published', entry.published.toISOString()).leaf('updated', entry.updated.toISOString());
    item.ele('author').leaf('name', entry.author);
    for (const category of entry.categories) item.ele('category', { term: category });
    if (entry.summary) item.leaf('summary', escapeHtml(entry.summary), { type: 'html' });
    item.leaf('content', entry.contentHtml, { type: 'html' });
  }
  return xmlDocument(root);
}
