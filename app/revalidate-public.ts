import 'server-only';
import { revalidatePath } from 'next/cache';

// Route handlers sit under no layout, so feeds and sitemaps are named one by one.
const PUBLIC_FILES = ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/sitemap-news.xml'];

/**
 * Expires every cached public page, feed and sitemap after a change readers can see
 * (publish, update, kill, taxonomy): the next request for each renders it afresh.
 */
export function revalidatePublicSite() {
  revalidatePath('/', 'layout');
  for (const path of PUBLIC_FILES) revalidatePath(path);
}
