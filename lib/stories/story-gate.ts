import { prisma } from '@/lib/db';
import { isPubliclyVisible } from './visibility';

export type PublicStoryState = 'public' | 'withdrawn' | 'missing';
/** What readers may get at a story's address, and the language whose site it lives on. */
export type PublicStoryGate = { state: PublicStoryState; language: string | null };

const TTL_MS = 2000;
const MAX_ENTRIES = 10_000;

// Only 'public' and 'withdrawn' answers are kept: a 'missing' one could outlive the
// publication it precedes, and 404s are rare enough to ask the database each time.
// A kill is seen within two seconds (at once where the proxy shares this process's
// globalThis with the Server Action that calls forgetStoryState).
const cache: Map<string, PublicStoryGate & { at: number }> = ((globalThis as Record<string, unknown>).__newsroomStoryGate ??= new Map()) as never;

/**
 * What readers may get at /news/<slug> (on the story's language's site): the story, its withdrawal notice, or nothing.
 * Asked on every story view, before the page cache, so answers are kept two seconds.
 * Only public stories ever reach the cached page: a 404 rendered before publication
 * can never be served after it.
 */
export async function publicStoryState(slug: string, now = new Date()): Promise<PublicStoryGate> {
  const hit = cache.get(slug);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit;
  let row: { killedAt: Date | null; visibleAt: Date; language: string } | null;
  try {
    row = await prisma.publication.findUnique({ where: { slug }, select: { killedAt: true, visibleAt: true, language: true } });
  } catch (error) {
    // PostgreSQL unreachable (a restart, a failover): the last answer, however old, keeps cached pages served.
    if (hit) return hit;
    throw error;
  }
  const state: PublicStoryState = !row ? 'missing' : row.killedAt ? 'withdrawn' : isPubliclyVisible(row, now) ? 'public' : 'missing';
  const gate = { state, language: state === 'missing' ? null : row!.language };
  if (state !== 'missing') {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(slug, { ...gate, at: now.getTime() });
  }
  return gate;
}

/** Drops what is known about a slug, after a publish or kill. */
export function forgetStoryState(slug: string) {
  cache.delete(slug);
}
