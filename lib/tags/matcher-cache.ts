import { prisma } from '@/lib/db';
import { TagMatcher } from './matcher';

let cached: { stamp: string; matcher: Promise<TagMatcher> } | null = null;

/** Changes whenever a tag or alias is added, renamed, merged or deleted. */
async function taxonomyStamp(): Promise<string> {
  const [row] = await prisma.$queryRaw<{ tags: number; aliases: number; changed: Date | null }[]>`
    SELECT (SELECT count(*)::int FROM "Tag" WHERE kind <> 'SUBJECT') AS tags,
           (SELECT count(*)::int FROM "TagAlias") AS aliases,
           (SELECT max("updatedAt") FROM "Tag" WHERE kind <> 'SUBJECT') AS changed`;
  return `${row?.tags}:${row?.aliases}:${row?.changed?.toISOString() ?? ''}`;
}

async function build(): Promise<TagMatcher> {
  const tags = await prisma.tag.findMany({
    where: { kind: { not: 'SUBJECT' } },
    select: { id: true, name: true, aliases: { select: { name: true } } },
  });
  return new TagMatcher(tags.map((tag) => ({ id: tag.id, names: [tag.name, ...tag.aliases.map((a) => a.name)] })));
}

/**
 * The matcher over every person, organisation and place, built once per process and
 * rebuilt only when the taxonomy changed (checked with one cheap query). Subjects
 * are suggested through the tags that imply them, not by their labels.
 */
export async function getTagMatcher(): Promise<TagMatcher> {
  const stamp = await taxonomyStamp();
  if (!cached || cached.stamp !== stamp) {
    const matcher = build();
    cached = { stamp, matcher };
    matcher.catch(() => {
      if (cached?.matcher === matcher) cached = null;
    });
  }
  return cached.matcher;
}
