import { Prisma } from '@/generated/prisma/client';

/**
 * The text-search configurations stories are indexed with (see the SQL function
 * newsroom_search_config): a query is read by each of them and the readings combined,
 * so "elections" finds an English story and "Wahlen" a German one without the reader
 * naming a language; 'simple' matches word for word in every other language.
 */
const CONFIGS = ['simple', 'english', 'russian', 'german', 'french', 'spanish', 'italian', 'portuguese', 'dutch', 'swedish', 'norwegian', 'danish', 'finnish', 'turkish', 'hungarian', 'romanian', 'arabic', 'greek', 'indonesian', 'irish', 'lithuanian', 'tamil'] as const;

/** `(SELECT … AS query) alias`: the reader's query as one tsquery across every configuration. */
export function searchQuerySql(q: string, alias: string): Prisma.Sql {
  const readings = CONFIGS.map((config) => Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${q})`);
  return Prisma.sql`(SELECT ${Prisma.join(readings, ' || ')} AS query) ${Prisma.raw(alias)}`;
}
