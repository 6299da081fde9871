import 'server-only';
import { revalidatePath } from 'next/cache';
import { processMicroCache } from '@/lib/cache/micro-cache';
import { announcePublicChange } from '@/lib/cache/public-change';
import { forgetSearchResults } from '@/lib/stories/search';
import { forgetStoryState } from '@/lib/stories/story-gate';

// Route handlers sit under no layout, so feeds and sitemaps are named one by one.
const PUBLIC_FILES = ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/sitemap-news.xml'];

/** Expires this instance's cached public pages, feeds and sitemaps (and what it knows of a story's state). */
export function expirePublicPages(slug: string | null) {
  if (slug) forgetStoryState(slug);
  processMicroCache()?.clear();
  forgetSearchResults();
  revalidatePath('/', 'layout');
  for (const path of PUBLIC_FILES) revalidatePath(path);
}

/**
 * After a change readers can see (publish, update, kill, taxonomy): expires the pages
 * here at once, and tells the other instances to do the same.
 */
export async function revalidatePublicSite(slug: string | null = null) {
  expirePublicPages(slug);
  await announcePublicChange(slug);
}
