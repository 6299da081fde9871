import { prisma } from '@/lib/db';
import { publicPublicationWhere } from './visibility';

/**
 * What an open story page is told about its story (lib/http/live-stream.ts): the
 * version readers may see now (its publication time, update number and correction
 * note), or that it was withdrawn, with the note readers get on its address. Nothing
 * about a story readers may not see (an embargoed or never-published one).
 */
export type ReaderStoryState = { state: 'published'; version: number; updateNumber: number; correction: string } | { state: 'withdrawn'; note: string };

export async function readerStoryState(slug: string): Promise<ReaderStoryState | null> {
  const live = await prisma.publication.findFirst({
    where: { slug, ...publicPublicationWhere() },
    select: { publishedAt: true, updateNumber: true, correctionNote: true },
  });
  if (live) return { state: 'published', version: live.publishedAt.getTime(), updateNumber: live.updateNumber, correction: live.correctionNote };
  const killed = await prisma.publication.findFirst({ where: { slug, killedAt: { not: null } }, select: { killNote: true } });
  return killed ? { state: 'withdrawn', note: killed.killNote } : null;
}
