import { SITEMAPS_KEY, surrogateKeyHeader } from '@/lib/cache/surrogate-keys';
import { env } from '@/lib/env';
import { sitePath, storyPath } from '@/lib/stories/public-paths';
import { absolute, languageAlternates } from '@/lib/stories/seo';
import { newsUrlset, sitemapIndex, urlset } from './build';
import { listingPages, recentStories, storySitemapChunk, storySitemapCount } from './queries';

const xml = (body: string) =>
  new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'Surrogate-Key': surrogateKeyHeader([SITEMAPS_KEY]) },
  });
const site = () => env().NEWSROOM_SITE_URL;

/** A language's sitemap index (`/sitemap.xml`, `/ru/sitemap.xml`): its pages and its stories. */
export async function sitemapIndexResponse(language: string) {
  const chunks = await storySitemapCount(language);
  return xml(
    sitemapIndex([
      { loc: absolute(site(), sitePath(language, '/sitemaps/pages.xml')) },
      ...Array.from({ length: chunks }, (_, i) => ({ loc: absolute(site(), sitePath(language, `/sitemaps/stories-${i + 1}.xml`)) })),
    ]),
  );
}

/** `pages.xml` (home and listing pages) or `stories-N.xml` of a language's site; null for anything else. */
export async function childSitemapResponse(language: string, name: string) {
  if (name === 'pages.xml') return xml(urlset(['/', ...(await listingPages(language))].map((path) => ({ loc: absolute(site(), sitePath(language, path)) }))));
  const match = /^stories-(\d{1,6})\.xml$/.exec(name);
  const n = match ? Number(match[1]) : 0;
  if (n < 1 || n > (await storySitemapCount(language))) return null;
  const stories = await storySitemapChunk(language, n);
  // Each story with its published translations, as its page names them (the same x-default on every member).
  return xml(
    urlset(stories.map((s) => ({ loc: absolute(site(), storyPath(s.slug, s.language)), lastmod: s.publishedAt, alternates: languageAlternates(s, site()) }))),
  );
}

export async function newsSitemapResponse(language: string) {
  const stories = await recentStories(language);
  return xml(
    newsUrlset(
      stories.map((s) => ({
        loc: absolute(site(), storyPath(s.slug, s.language)),
        title: s.headline,
        publishedAt: s.visibleAt,
        language: s.language,
        keywords: s.tags.map(({ tag }) => tag.name),
      })),
      env().NEWSROOM_SITE_NAME,
    ),
  );
}
