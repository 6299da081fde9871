import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/**
 * The text-search configurations stories are indexed with (see the SQL function
 * newsroom_search_config): a query is read by each of them and the readings combined,
 * so "elections" finds an English story and "Wahlen" a German one without the reader
 * naming a language; 'simple' matches word for word in every other language.
 */
const CONFIGS = ['simple', 'english', 'russian', 'german', 'french', 'spanish', 'italian', 'portuguese', 'dutch', 'swedish', 'norwegian', 'danish', 'finnish', 'turkish', 'hungarian', 'romanian', 'arabic', 'greek', 'indonesian', 'irish', 'lithuanian', 'tamil'] as const;

/** The reader's query read by every configuration (and its "&" words whole), as tsquery expressions. */
function readings(q: string): Prisma.Sql[] {
  const all = CONFIGS.map((config) => Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${q})`);
  // Words joined by "&" (AT&T) are indexed whole too (newsroom_symbol_words): look for them whole.
  for (const word of symbolWords(q)) all.push(Prisma.sql`quote_literal(${word})::tsquery`);
  return all;
}

/** `(SELECT … AS query) alias`: the reader's query as one tsquery across every configuration. */
export function searchQuerySql(q: string, alias: string): Prisma.Sql {
  return Prisma.sql`(SELECT ${Prisma.join(readings(q), ' || ')} AS query) ${Prisma.raw(alias)}`;
}

/**
 * The same query with each distinct reading once, as tsquery text (empty when no
 * reading has a lexeme). Most configurations read a word alike, so this is two or three
 * readings instead of twenty-two: each story is checked faster, and passed back as one
 * constant it lets PostgreSQL estimate how many stories match from its statistics.
 */
export async function distinctReadings(q: string): Promise<{ text: string; stories: number }> {
  // With PostgreSQL's count of stories (its statistics, nothing read), to weigh an estimate against.
  const [row] = await prisma.$queryRaw<{ text: string; stories: number }[]>`
    SELECT coalesce(string_agg(DISTINCT '(' || r::text || ')', ' | '), '') AS text,
      (SELECT GREATEST(reltuples, 1)::float8 FROM pg_class WHERE oid = '"Story"'::regclass) AS stories
    FROM unnest(ARRAY[${Prisma.join(readings(q))}]) r WHERE numnode(r) > 0`;
  return { text: row?.text ?? '', stories: row?.stories ?? 1 };
}

/** `(SELECT …::tsquery AS query) alias` for a query text from distinctReadings. */
export const tsquerySql = (text: string, alias: string) => Prisma.sql`(SELECT ${text}::tsquery AS query) ${Prisma.raw(alias)}`;

/** "AT&T", "P&G": words joined by "&", lower-cased, as the index keeps them. */
export function symbolWords(q: string): string[] {
  return [...new Set((q.match(/[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)+/gu) ?? []).map((w) => w.toLowerCase()))].slice(0, 5);
}
