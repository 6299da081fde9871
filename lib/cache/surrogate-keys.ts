/**
 * Cache tags ("surrogate keys") on public responses, so an HTTP cache in front (Varnish
 * xkey, Fastly, Cloudflare) can drop exactly the responses a change touches. Every
 * public response carries `site`; a page also carries a key for each story it shows
 * and for the listing it is. A story change purges the story's key (its page and every
 * page that shows it) and the listings it may newly appear in.
 */
export const SITE_KEY = 'site';
export const HOME_KEY = 'home';
export const FEEDS_KEY = 'feeds';
export const SITEMAPS_KEY = 'sitemaps';
export const SEARCH_KEY = 'search';

/** Keys are header tokens: slugs are URL-safe already, anything else is escaped. */
const token = (value: string) => encodeURIComponent(value).replace(/%/g, '~');

export const storyKey = (slug: string) => `story:${token(slug)}`;
export const sectionKey = (slug: string) => `section:${token(slug)}`;
export const tagKey = (slug: string) => `tag:${token(slug)}`;
export const topicKey = (slug: string) => `topic:${token(slug)}`;
export const contributorKey = (slug: string) => `contributor:${token(slug)}`;

/** The header value: unique keys, space-separated, `site` first. */
export function surrogateKeyHeader(keys: Iterable<string>): string {
  return [...new Set([SITE_KEY, ...keys])].join(' ');
}

export type StoryPlaces = { slug: string; sectionSlug: string | null; topicSlug: string | null; tagSlugs: string[]; contributorSlugs?: string[] };

/** What a publish, update, correction or kill of a story makes stale. */
export function storyChangeKeys(story: StoryPlaces): string[] {
  return [
    storyKey(story.slug),
    HOME_KEY,
    FEEDS_KEY,
    SITEMAPS_KEY,
    SEARCH_KEY,
    ...(story.sectionSlug ? [sectionKey(story.sectionSlug)] : []),
    ...(story.topicSlug ? [topicKey(story.topicSlug)] : []),
    ...story.tagSlugs.map(tagKey),
    ...(story.contributorSlugs ?? []).map(contributorKey),
  ];
}

/** The meta element a page names its keys in; the front server lifts it into the header and removes it. */
export const KEYS_META_NAME = 'surrogate-key';
