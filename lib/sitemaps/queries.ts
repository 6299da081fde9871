import 'server-only';
import { prisma } from '@/lib/db';
import { siteStoriesWhere } from '@/lib/stories/public-paths';
import { publishedFamilies, siblingsIn } from '@/lib/stories/translation-family';
import { publicPublicationWhere } from '@/lib/stories/visibility';
import { SITEMAP_MAX_URLS } from './build';

export async function storySitemapCount(language: string): Promise<number> {
  const count = await prisma.publication.count({ where: { ...publicPublicationWhere(), ...siteStoriesWhere(language) } });
  return Math.max(1, Math.ceil(count / SITEMAP_MAX_URLS));
}

/**
 * The n-th (1-based) block of one language's published stories, oldest first so blocks stay stable as news
 * arrives; each with the other published stories of its family of translations (for hreflang).
 */
export async function storySitemapChunk(language: string, n: number) {
  const now = new Date();
  const stories = await prisma.publication.findMany({
    where: { ...publicPublicationWhere(now), ...siteStoriesWhere(language) },
    orderBy: [{ visibleAt: 'asc' }, { storyId: 'asc' }],
    skip: (n - 1) * SITEMAP_MAX_URLS,
    take: SITEMAP_MAX_URLS,
    select: { storyId: true, slug: true, language: true, publishedAt: true, story: { select: { translationRootId: true, translationOfId: true } } },
  });
  const families = await publishedFamilies(
    stories.flatMap((s) => (s.story.translationRootId ? [s.story.translationRootId] : [])),
    publicPublicationWhere(now),
  );
  return stories.map(({ story, ...s }) => ({
    ...s,
    isOriginal: story.translationRootId === s.storyId,
    translations: siblingsIn(families, { storyId: s.storyId, ...story }),
  }));
}

/** One language's stories made public in the last 48 hours, for its news sitemap. */
export function recentStories(language: string, now = new Date()) {
  return prisma.publication.findMany({
    where: { ...publicPublicationWhere(now), ...siteStoriesWhere(language), visibleAt: { gte: new Date(now.getTime() - 48 * 3_600_000), lte: now } },
    orderBy: { visibleAt: 'desc' },
    take: 1000,
    select: {
      slug: true,
      headline: true,
      language: true,
      visibleAt: true,
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true } } } },
    },
  });
}

/** Sections, topics and tags that have something public to show on a language's site. */
export async function listingPages(language: string) {
  const [sections, topics, tags] = await Promise.all([
    prisma.section.findMany({ where: { hidden: false }, select: { slug: true } }),
    prisma.topic.findMany({ where: { publications: { some: { ...publicPublicationWhere(), ...siteStoriesWhere(language) } } }, select: { slug: true } }),
    prisma.tag.findMany({
      where: { publicationTags: { some: { publication: { ...publicPublicationWhere(), ...siteStoriesWhere(language) } } } },
      select: { slug: true },
    }),
  ]);
  return [...sections.map((s) => `/section/${s.slug}`), ...topics.map((t) => `/topic/${t.slug}`), ...tags.map((t) => `/tag/${t.slug}`)];
}
