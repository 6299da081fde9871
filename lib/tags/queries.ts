import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { normalizeName } from './normalize';
import type { TagKind as Kind } from '@/lib/enums';

/** What may come before a word inside a name (a bracket expression's members; the hyphen last). */
const WORD_BREAKS = ' –—\'"«(/.,&-';
const startsAWord = (name: string, q: string) => name.startsWith(q) || [...WORD_BREAKS].some((c) => name.includes(`${c}${q}`));

/**
 * Type-ahead over tag names, their names in other languages and aliases: case- and
 * accent-insensitive, Cyrillic included, matching where a word starts. Exact matches
 * first, then prefixes, then the rest.
 */

export async function searchTags(viewer: Viewer, query: string, options: { kinds?: Kind[]; limit?: number; language?: string } = {}) {
  assertCan(viewer, 'desk.view');
  const q = normalizeName(query);
  if (!q) return [];
  const limit = options.limit ?? 10;
  // Type-ahead matches where a word starts ("putin" finds "Vladimir Putin", never "computing").
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const starts = `${escaped}%`;
  // LIKE rejects most rows cheaply; the word-start regex then runs on the few that contain the text.
  const contains = `%${escaped}%`;
  const wordStart = `(^|[${WORD_BREAKS}])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  const rows = await prisma.$queryRaw<{ id: string; name: string; kind: Kind; slug: string; alias: string | null; rank: number }[]>`
    WITH other AS (
      SELECT "tagId", name, normalized FROM "TagAlias" WHERE normalized LIKE ${contains} AND normalized ~ ${wordStart}
      UNION ALL
      SELECT "tagId", name, normalized FROM "TagName" WHERE normalized LIKE ${contains} AND normalized ~ ${wordStart}
    )
    SELECT id, name, kind, slug, alias, rank FROM (
      -- One row per tag: its best match (an exact other name before a prefix before the rest), labelled with the name that made it.
      SELECT DISTINCT ON (t.id) t.id, t.name, t.kind::text AS kind, t.slug, o.name AS alias,
        CASE WHEN t."normalizedName" = ${q} OR o.normalized = ${q} THEN 0
             WHEN t."normalizedName" LIKE ${starts} OR o.normalized LIKE ${starts} THEN 1 ELSE 2 END AS rank
      FROM "Tag" t
      LEFT JOIN other o ON o."tagId" = t.id
      WHERE ((t."normalizedName" LIKE ${contains} AND t."normalizedName" ~ ${wordStart}) OR o."tagId" IS NOT NULL)
        AND (${options.kinds ?? null}::text[] IS NULL OR t.kind::text = ANY(${options.kinds ?? null}::text[]))
      ORDER BY t.id, rank, (o.normalized = ${q}) DESC NULLS LAST, (o.normalized LIKE ${starts}) DESC NULLS LAST
    ) best
    ORDER BY rank, length(name), name
    LIMIT ${limit}`;
  // Each tag named in the story's language where it has a name in it.
  const local = options.language
    ? ((
        await tagNamesByLanguage(
          rows.map((r) => r.id),
          options.language,
        )
      )[options.language] ?? {})
    : {};
  return (
    rows
      // Show the name that matched (an alias, a name in another language, the main name) only when the name shown is not why.
      .map(({ id, name: main, kind, slug, alias }) => {
        const name = local[id] ?? main;
        return { id, name, kind, slug, matchedAlias: startsAWord(normalizeName(name), q) ? null : (alias ?? main) };
      })
  );
}

/** The names the tags have in other languages than the main one (or in `language` only): by language, then by tag id. */
export async function tagNamesByLanguage(tagIds: readonly string[], language?: string): Promise<Record<string, Record<string, string>>> {
  if (!tagIds.length) return {};
  const rows = await prisma.tagName.findMany({
    where: { tagId: { in: [...new Set(tagIds)] }, name: { not: '' }, ...(language ? { language } : {}) },
    select: { tagId: true, language: true, name: true },
  });
  const byLanguage: Record<string, Record<string, string>> = {};
  for (const row of rows) (byLanguage[row.language] ??= {})[row.tagId] = row.name;
  return byLanguage;
}

/** A page of the taxonomy for the admin list. */
export async function listTags(viewer: Viewer, options: { query?: string; kind?: Kind; page?: number }) {
  assertCan(viewer, 'desk.view');
  const take = 50;
  const page = Math.max(1, options.page ?? 1);
  const q = options.query ? normalizeName(options.query) : '';
  const where = {
    kind: options.kind,
    ...(q
      ? {
          OR: [
            { normalizedName: { contains: q } },
            { aliases: { some: { normalized: { contains: q } } } },
            { names: { some: { normalized: { contains: q } } } },
          ],
        }
      : {}),
  };
  const [tags, total] = await Promise.all([
    prisma.tag.findMany({
      where,
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      skip: (page - 1) * take,
      take,
      select: { id: true, name: true, kind: true, slug: true, code: true, _count: { select: { stories: true, aliases: true } } },
    }),
    prisma.tag.count({ where }),
  ]);
  return { tags, total, page, pages: Math.max(1, Math.ceil(total / take)) };
}

export async function getTag(viewer: Viewer, id: string) {
  assertCan(viewer, 'desk.view');
  return prisma.tag.findUnique({
    where: { id },
    include: {
      aliases: { orderBy: { name: 'asc' } },
      names: { select: { language: true, name: true } },
      parent: { select: { id: true, name: true } },
      impliedSubjects: { include: { subject: { select: { id: true, name: true, code: true } } } },
      _count: { select: { stories: true } },
    },
  });
}

/** The tag a filter box means: the best match by word start of a name or alias ("Putin", "Peskov", "Путин"), or null. */
export async function findTagForFilter(viewer: Viewer, name: string) {
  const [best] = await searchTags(viewer, name, { limit: 1 });
  return best ?? null;
}

/** A tag by its public slug (its page and feeds), or the slug it was merged into. */
export async function getTagBySlug(slug: string) {
  const tag = await prisma.tag.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, kind: true, description: true, names: { select: { language: true, name: true } } },
  });
  if (tag) return { tag, redirectTo: null };
  const redirect = await prisma.tagRedirect.findUnique({ where: { slug }, select: { tag: { select: { slug: true } } } });
  return { tag: null, redirectTo: redirect?.tag.slug ?? null };
}
