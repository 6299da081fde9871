import type { Prisma } from '@/generated/prisma/client';

/**
 * The one rule for what readers may see: a publication that is not killed and whose
 * visibility time (publication or embargo end) has come. Every public query uses it.
 */
export function publicPublicationWhere(now = new Date()): Prisma.PublicationWhereInput {
  return { killedAt: null, visibleAt: { lte: now } };
}
