import { XmlElement, xmlDocument } from '@/lib/xml/writer';

/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** A page, and where the same page is in other languages (hreflang → address, `x-default` included). */
export type SitemapUrl = { loc: string; lastmod?: Date; alternates?: Record<string, string> | null };

function locations(rootName: 'sitemapindex' | 'urlset', entryName: 'sitemap' | 'url', entries: SitemapUrl[]): string {
  const withAlternates = entries.some((entry) => entry.alternates);
  const root = new XmlElement(rootName, { xmlns: SITEMAP_NS, ...(withAlternates ? { 'xmlns:xhtml': XHTML_NS } : {}) });
  for (const entry of entries) {
    const node = root.ele(entryName).leaf('loc', entry.loc);
    if (entry.lastmod) node.leaf('lastmod', entry.lastmod.toISOString());
    for (const [hreflang, href] of Object.entries(entry.alternates ?? {})) node.ele('xhtml:link', { rel: 'alternate', hreflang, href });
  }
  return xmlDocument(root);
}

export const sitemapIndex = (children: SitemapUrl[]) => locations('sitemapindex', 'sitemap', children);

export function urlset(urls: SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) throw new Error(`A sitemap holds at most ${SITEMAP_MAX_URLS} URLs`);
  return locations('urlset', 'url', urls);
}

export type NewsUrl = { loc: string; title: string; publishedAt: Date; language: string; keywords: string[] };

/** A Google News sitemap: stories of the last two days. */
export function newsUrlset(urls: NewsUrl[], publication: string): string {
  const root = new XmlElement('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS });
  for (const url of urls) {
    const news = root.ele('url').leaf('loc', url.loc).ele('news:news');
    news.ele('news:publication').leaf('news:name', publication).leaf('news:language', url.language);
    news.leaf('news:publication_date', url.publishedAt.toISOString()).leaf('news:title', url.title);
    if (url.keywords.length) news.leaf('news:keywords', url.keywords.join(', '));
  }
  return xmlDocument(root);
}
