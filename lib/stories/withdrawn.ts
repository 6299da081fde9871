import { prisma } from '@/lib/db';

const TTL_MS = 2000;
const MAX_ENTRIES = 10_000;

// Shared through globalThis so the proxy and the Server Actions of one process see
// the same entries: a kill forgets its slug at once; other instances wait out the TTL.
const cache: Map<string, { killed: boolean; at: number }> = ((globalThis as Record<string, unknown>).__newsroomWithdrawn ??= new Map()) as never;

/**
 * True when a story once published at this slug has been killed (its page answers
 * 410). Asked on every story view, so answers are kept for two seconds.
 */
export async function isWithdrawn(slug: string): Promise<boolean> {
  const hit = cache.get(slug);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.killed;
  const row = await prisma.publication.findUnique({ where: { slug }, select: { killedAt: true } });
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(slug, { killed: !!row?.killedAt, at: Date.now() });
  return !!row?.killedAt;
}

/** Drops what is known about a slug, after a kill or a publication. */
export function forgetWithdrawn(slug: string) {
  cache.delete(slug);
}
