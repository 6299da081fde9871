import { XmlElement, xmlDocument } from '@/lib/xml/writer';
import type { FeedDocument } from './model';

/** Atom 1.0: title and summary `type="text"`, the body `type="html"` (HTML as escaped text). */
export function toAtom(feed: FeedDocument): string {
  const root = new XmlElement('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language })
    .leaf('id', feed.id).leaf('title', feed.title, { type: 'text' }).leaf('updated', feed.updated.toISOString()).leaf('generator', 'Newsroom')
    .leaf('rights', `© ${feed.siteName}`, { type: 'text' });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.link });
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.links.atom });
  root.ele('author').leaf('name', feed.siteName);
  for (const entry of feed.entries) {
    const item = root.ele('entry').leaf('id', entry.id).leaf('title', entry.title, { type: 'text' });
    item.ele('link', { rel: 'alternate', type: 'text/html', href: entry.link });
    item.leaf('published', entry.published.toISOString()).leaf('updated', entry.updated.toISOString());
    item.ele('author').leaf('name', entry.author);
    for (const category of entry.categories) item.ele('category', { term: category });
    if (entry.summary) item.leaf('summary', entry.summary, { type: 'text' });
    item.leaf('content', entry.contentHtml, { type: 'html' });
  }
  return xmlDocument(root);
}
