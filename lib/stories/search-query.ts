import { transliterate } from 'transliteration';
import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { normalizeName } from '@/lib/tags/normalize';

/*
 * The one search behaviour of the desk and the public site: a query is read by every
 * language's dictionary, in its Latin transliteration too ("Пашинян" finds an English
 * story's "Pashinyan"), and a query that names a tag or one of its aliases in any
 * language ("Путин") also finds the stories with that tag. Both searches build their
 * queries from these functions.
 */

/**
 * The text-search configurations stories are indexed with (see the SQL function
 * newsroom_search_config): a query is read by each of them and the readings combined,
 * so "elections" finds an English story and "Wahlen" a German one without the reader
 * naming a language; 'simple' matches word for word in every other language.
 */
const CONFIGS = [
  'simple',
  'english',
  'russian',
  'german',
  'french',
  'spanish',
  'italian',
  'portuguese',
  'dutch',
  'swedish',
  'norwegian',
  'danish',
  'finnish',
  'turkish',
  'hungarian',
  'romanian',
  'arabic',
  'greek',
  'indonesian',
  'irish',
  'lithuanian',
  'tamil',
] as const;

/** Configurations a transliterated query is also read by: word for word, and English (the agency's Latin-script language). */
const TRANSLITERATED_CONFIGS = ['simple', 'english'] as const;

/** The query in Latin letters when it has letters of another script ("Путин" → "Putin"); null when it is Latin already. */
export function latinReading(q: string): string | null {
  if (!/[^\p{Script=Latin}\P{L}]/u.test(q)) return null;
  const latin = transliterate(q).replace(/\s+/g, ' ').trim();
  return latin && latin !== q && /\p{L}/u.test(latin) ? latin : null;
}

/** The reader's query read by every configuration (and its "&" words whole, and its transliteration), as tsquery expressions. */
function readings(q: string): Prisma.Sql[] {
  const all = CONFIGS.map((config) => Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${q})`);
  const latin = latinReading(q);
  if (latin) for (const config of TRANSLITERATED_CONFIGS) all.push(Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'`)}, ${latin})`);
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

/** The most tags one query may name (a name shared by a few people, say). */
const NAMED_TAGS = 5;

/**
 * The tags a query names exactly: a tag's name or one of its aliases, in any language
 * and in the query's transliteration ("Путин", "Putin" and "Владимир Путин" all name
 * Vladimir Putin). A search adds the stories with these tags to its matches.
 */
export async function tagsNamedBy(q: string): Promise<string[]> {
  const names = [...new Set([q, latinReading(q)].filter((v): v is string => !!v).map(normalizeName))].filter(Boolean);
  if (!names.length) return [];
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Tag" t WHERE t."normalizedName" = ANY(${names})
    UNION SELECT a."tagId" FROM "TagAlias" a WHERE a.normalized = ANY(${names}) LIMIT ${NAMED_TAGS}`;
  return rows.map((r) => r.id);
}
