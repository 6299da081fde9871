import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * Marks every cached public page, feed and sitemap stale after a change readers can
 * see (publish, update, kill, taxonomy). Next re-renders each on its next request.
 */
export function revalidatePublicSite() {
  revalidatePath('/', 'layout');
  for (const path of ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/sitemap-news.xml']) revalidatePath(path);
}
