import { readBylines } from '@/lib/bylines/byline';
import { prisma } from '@/lib/db';
import { SITE_KEY, storyChangeKeys, storyKey } from './surrogate-keys';

/** The cache keys a change to the published story at `slug` makes stale; `site` (everything) when no story is named. */
export async function keysForPublicChange(slug: string | null): Promise<string[]> {
  if (!slug) return [SITE_KEY];
  const publication = await prisma.publication.findUnique({
    where: { slug },
    select: {
      bylines: true,
      section: { select: { slug: true } },
      topic: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      story: { select: { translationRootId: true } },
    },
  });
  // Its family's pages name their other languages (hreflang, "Other languages"): a story published, updated or killed changes them too.
  const rootId = publication?.story.translationRootId;
  const family = rootId
    ? await prisma.publication.findMany({ where: { story: { translationRootId: rootId }, slug: { not: slug } }, select: { slug: true } })
    : [];
  const contributorIds = readBylines(publication?.bylines)
    .filter((b) => b.kind === 'contributor')
    .map((b) => b.id);
  const contributors = contributorIds.length ? await prisma.contributor.findMany({ where: { id: { in: contributorIds } }, select: { slug: true } }) : [];
  const keys = storyChangeKeys({
    slug,
    sectionSlug: publication?.section?.slug ?? null,
    topicSlug: publication?.topic?.slug ?? null,
    tagSlugs: publication?.tags.map(({ tag }) => tag.slug) ?? [],
    contributorSlugs: contributors.map((c) => c.slug),
  });
  return [...keys, ...family.map((member) => storyKey(member.slug))];
}
