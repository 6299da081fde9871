import { prisma } from '@/lib/db';

/** True when a story once published at this slug has been killed (its page answers 410). */
export async function isWithdrawn(slug: string): Promise<boolean> {
  const row = await prisma.publication.findUnique({ where: { slug }, select: { killedAt: true } });
  return !!row?.killedAt;
}
