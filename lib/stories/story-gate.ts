import { prisma } from '@/lib/db';

export type PublicStoryState = 'public' | 'withdrawn' | 'missing';

const TTL_MS = 2000;
const MAX_ENTRIES = 10_000;

// Shared through globalThis so the proxy and the Server Actions of one process see
// the same entries: a publish or kill forgets its slug at once; other instances wait
// out the two seconds.
const cache: Map<string, { state: PublicStoryState; at: number }> = ((globalThis as Record<string, unknown>).__newsroomStoryGate ??= new Map()) as never;

/**
 * What readers may get at /news/<slug>: the story, its withdrawal notice, or nothing.
 * Asked on every story view, before the page cache, so answers are kept two seconds.
 * Only public stories ever reach the cached page: a 404 rendered before publication
 * can never be served after it.
 */
export async function publicStoryState(slug: string, now = new Date()): Promise<PublicStoryState> {
  const hit = cache.get(slug);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit.state;
  const row = await prisma.publication.findUnique({ where: { slug }, select: { killedAt: true, visibleAt: true } });
  const state: PublicStoryState = !row ? 'missing' : row.killedAt ? 'withdrawn' : row.visibleAt <= now ? 'public' : 'missing';
  if (cache.size >= MAX_ENTRIES) cache.clear();
  // An embargoed story becomes public by the clock: never keep 'missing' past its time.
  cache.set(slug, { state, at: row && !row.killedAt && row.visibleAt > now ? Math.min(now.getTime(), row.visibleAt.getTime() - TTL_MS) : now.getTime() });
  return state;
}

/** Drops what is known about a slug, after a publish or kill. */
export function forgetStoryState(slug: string) {
  cache.delete(slug);
}
