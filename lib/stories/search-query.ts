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
  // Words joined by "&" (AT&T) are indexed whole too (newsroom_symbol_words): look for them whole.
  for (const word of symbolWords(q)) readings.push(Prisma.sql`quote_literal(${word})::tsquery`);
  return Prisma.sql`(SELECT ${Prisma.join(readings, ' || ')} AS query) ${Prisma.raw(alias)}`;
}

/** "AT&T", "P&G": words joined by "&", lower-cased, as the index keeps them. */
export function symbolWords(q: string): string[] {
  return [...new Set((q.match(/[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)+/gu) ?? []).map((w) => w.toLowerCase()))].slice(0, 5);
}
