import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { processMicroCache } from '@/lib/cache/micro-cache';
import { announcePublicChange } from '@/lib/cache/public-change';
import { purgeKeys } from '@/lib/cache/purge';
import { keysForPublicChange } from '@/lib/cache/story-change';
import { metrics } from '@/lib/telemetry/metrics';
import { forgetSearchResults } from '@/lib/stories/search';
import { forgetStoryState } from '@/lib/stories/story-gate';

// Every cached page and route handler carries the root layout's implicit tag, each
// language's site (`/[lang]/…`) included: one revalidation expires them all.

/** Expires this instance's cached public pages, feeds and sitemaps (and what it knows of a story's state). */
export function expirePublicPages(slug: string | null) {
  if (slug) forgetStoryState(slug);
  processMicroCache()?.clear();
  forgetSearchResults();
  revalidatePath('/', 'layout');
  // Next applies these revalidations when the action or handler finishes: a page it
  // served from its cache until then (and the micro-cache kept) is dropped once more.
  after(() => processMicroCache()?.clear());
}

/**
 * After a change readers can see (publish, update, kill, taxonomy): expires the pages
 * here at once, tells the other instances to do the same, and has the HTTP cache in
 * front (if any) purge the responses the change touches: a story's keys, or everything
 * (`site`) for a change to sections, tags or topics.
 */
export async function revalidatePublicSite(slug: string | null = null) {
  const committedAt = performance.now();
  expirePublicPages(slug);
  await announcePublicChange(slug);
  // Waited for up to a second, so the desk's "published" means fresh through the cache
  // too; a slower cache finishes in the background (the purge is never undone).
  const keys = keysForPublicChange(slug).catch((error: Error) => {
    console.error(`[cache] purge skipped: ${error.message}`);
    return [];
  });
  const purged = keys
    .then(purgeKeys)
    .then(() => metrics().publishVisible.observe({ scope: slug ? 'story' : 'site' }, (performance.now() - committedAt) / 1000));
  await Promise.race([purged, new Promise((resolve) => setTimeout(resolve, PURGE_WAIT_MS).unref())]);
  // Once more when Next has applied its revalidation (see expirePublicPages): what the
  // cache in front fetched until then was the old page.
  after(async () => purgeKeys(await keys));
}

const PURGE_WAIT_MS = 1_000;
