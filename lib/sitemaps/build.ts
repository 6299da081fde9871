import { create } from 'xmlbuilder2';

/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export type SitemapUrl = { loc: string; lastmod?: Date };

function locations(rootName: 'sitemapindex' | 'urlset', entryName: 'sitemap' | 'url', entries: SitemapUrl[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(SITEMAP_NS, rootName);
  for (const entry of entries) {
    const node = root.ele(entryName);
    node.ele('loc').txt(entry.loc);
    if (entry.lastmod) node.ele('lastmod').txt(entry.lastmod.toISOString());
  }
  return root.end({ prettyPrint: false });
}

export const sitemapIndex = (children: SitemapUrl[]) => locations('sitemapindex', 'sitemap', children);

export function urlset(urls: SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) throw new Error(`A sitemap holds at most ${SITEMAP_MAX_URLS} URLs`);
  return locations('urlset', 'url', urls);
}

export type NewsUrl = { loc: string; title: string; publishedAt: Date; language: string; keywords: string[] };

/** A Google News sitemap: stories of the last two days. */
export function newsUrlset(urls: NewsUrl[], publication: string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(SITEMAP_NS, 'urlset').att('xmlns:news', NEWS_NS);
  for (const url of urls) {
    const node = root.ele('url');
    node.ele('loc').txt(url.loc);
    const news = node.ele(NEWS_NS, 'news:news');
    const pub = news.ele(NEWS_NS, 'news:publication');
    pub.ele(NEWS_NS, 'news:name').txt(publication);
    pub.ele(NEWS_NS, 'news:language').txt(url.language);
    news.ele(NEWS_NS, 'news:publication_date').txt(url.publishedAt.toISOString());
    news.ele(NEWS_NS, 'news:title').txt(url.title);
    if (url.keywords.length) news.ele(NEWS_NS, 'news:keywords').txt(url.keywords.join(', '));
  }
  return root.end({ prettyPrint: false });
}
