import { Prisma } from '@/generated/prisma/client';

/**
 * The one rule for what readers may see: a publication that is not killed and whose
 * visibility time (publication or embargo end) has come. It is written here once, in
 * the three forms the code needs (a Prisma where, an SQL condition, a predicate on a
 * row already read); `visibility.test.ts` proves they agree on real PostgreSQL, and
 * a source check keeps every other file from writing the rule again.
 */
export type VisibilityFields = { killedAt: Date | null; visibleAt: Date };

/** For Prisma queries on `Publication`. */
export function publicPublicationWhere(now = new Date()): Prisma.PublicationWhereInput {
  return { killedAt: null, visibleAt: { lte: now } };
}

/** For raw SQL on `"Publication"` under `alias` (a plain identifier: it is quoted, never taken from input). */
export function publicPublicationSql(alias: string, now = new Date()): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  const table = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${table}."killedAt" IS NULL AND ${table}."visibleAt" <= ${now})`;
}

/** For a publication row already read (the story gate, a live entry's story). */
export function isPubliclyVisible(publication: VisibilityFields, now = new Date()): boolean {
  return publication.killedAt === null && publication.visibleAt.getTime() <= now.getTime();
}

/**
 * For raw SQL on `"Publication"` under `alias`: a publication that is live on the desk's
 * terms, not killed (an embargoed one counts: it goes out by the clock). Not the readers'
 * rule above, which also waits for the visibility time.
 */
export function livePublicationSql(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  return Prisma.sql`${Prisma.raw(`"${alias}"`)}."killedAt" IS NULL`;
}
