import 'server-only';
import { revalidatePath } from 'next/cache';

// Every cached public route, by pattern: each page carries its pattern's tag.
const PUBLIC_ROUTES = [
  '/news/[slug]', '/withdrawn/[slug]', '/page/[n]',
  '/section/[slug]', '/section/[slug]/page/[n]', '/tag/[slug]', '/tag/[slug]/page/[n]', '/topic/[slug]', '/topic/[slug]/page/[n]',
];
const PUBLIC_FILES = ['/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/sitemap-news.xml'];

/**
 * Expires every cached public page, feed and sitemap after a change readers can see
 * (publish, update, kill, taxonomy): the next request for each renders it afresh.
 */
export function revalidatePublicSite(storySlug?: string) {
  revalidatePath('/', 'layout');
  if (storySlug) revalidatePath(`/news/${storySlug}`);
  for (const route of PUBLIC_ROUTES) revalidatePath(route, 'page');
  for (const path of PUBLIC_FILES) revalidatePath(path);
}
