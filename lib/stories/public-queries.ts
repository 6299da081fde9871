import 'server-only';
import { prisma } from '@/lib/db';
import { LEAD_IMAGE_SELECT, toResponsiveImage } from '@/lib/assets/responsive';
import { inLanguage } from './languages';
import { siteOf, siteStoriesWhere } from './public-paths';
import { publicPublicationWhere } from './visibility';
import { publishedFamilies, siblingsIn, type FamilyLinks, type PublishedSibling } from './translation-family';

export const PUBLIC_PAGE_SIZE = 20;

/** A listing on one language's site (`language`): the stories that site shows (public-paths.ts siteStoriesWhere). */
export type PublicListFilter = { language: string; sectionId?: string; topicId?: string; tagId?: string; contributorId?: string };

/** Publications whose byline names a contributor record (jsonb containment, by the GIN index). */
const bylineFilter = (contributorId?: string) => (contributorId ? { bylines: { array_contains: [{ kind: 'contributor', id: contributorId }] } } : {});

/** Published stories, newest first: all news, or one section, topic or tag. */
export async function listPublishedStories(options: { page?: number; take?: number } & PublicListFilter) {
  const take = options.take ?? PUBLIC_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const rows = await prisma.publication.findMany({
    where: {
      ...publicPublicationWhere(),
      ...siteStoriesWhere(options.language),
      sectionId: options.sectionId,
      topicId: options.topicId,
      ...(options.tagId ? { tags: { some: { tagId: options.tagId } } } : {}),
      ...bylineFilter(options.contributorId),
    },
    orderBy: [{ visibleAt: 'desc' }, { storyId: 'desc' }],
    skip: (page - 1) * take,
    take: take + 1,
    select: {
      storyId: true,
      slug: true,
      headline: true,
      subheadline: true,
      priority: true,
      visibleAt: true,
      publishedAt: true,
      section: { select: { name: true, slug: true } },
      leadImage: { select: LEAD_IMAGE_SELECT },
    },
  });
  const stories = rows.slice(0, take).map(({ leadImage, ...story }) => {
    const image = leadImage ? toResponsiveImage(leadImage) : null;
    return { ...story, leadImage: image && !image.expired ? image : null };
  });
  return { stories, hasMore: rows.length > take, page };
}

/** A published story for its public page, or null when readers may not see it; its tags and topic named in the story's language where they have a name in it. */
export async function getPublishedStory(slug: string) {
  const story = await prisma.publication.findFirst({
    where: { slug, ...publicPublicationWhere() },
    include: {
      section: { select: { name: true, slug: true, hidden: true } },
      topic: { select: { title: true, slug: true, background: true, titles: { select: { language: true, title: true } } } },
      tags: {
        orderBy: { position: 'asc' },
        include: { tag: { select: { name: true, slug: true, kind: true, names: { select: { language: true, name: true } } } } },
      },
      versions: { orderBy: { number: 'asc' }, select: { number: true, headline: true, publishedAt: true } },
      story: { select: { translationRootId: true, translationOfId: true } },
    },
  });
  if (!story) return null;
  const { topic, tags, story: family, ...rest } = story;
  return {
    ...rest,
    translations: await publishedTranslations(story.storyId, family),
    isOriginal: family.translationRootId === story.storyId,
    topic: topic && {
      title: inLanguage(topic.title, topic.titles, (t) => t.title, story.language),
      slug: topic.slug,
      background: topic.background,
    },
    tags: tags.map(({ tag: { names, ...tag }, ...link }) => ({
      ...link,
      tag: {
        ...tag,
        name: inLanguage(tag.name, names, (n) => n.name, story.language),
      },
    })),
  };
}

/** The other published stories of a story's family of translations (never a draft, an embargoed or a killed one), by language. */
async function publishedTranslations(storyId: string, family: FamilyLinks): Promise<PublishedSibling[]> {
  if (!family.translationRootId) return [];
  return siblingsIn(await publishedFamilies([family.translationRootId], publicPublicationWhere()), { storyId, ...family });
}

/** A killed story's notice (HTTP 410), or null. */
export function getKilledStory(slug: string) {
  return prisma.publication.findFirst({
    where: { slug, killedAt: { not: null } },
    // The headline stays private: a withdrawn story's text leaves every public surface.
    select: { killedAt: true, killNote: true },
  });
}

export const FEED_SIZE = 50;

/** The latest published stories with their bodies, for feeds. */
export function listStoriesForFeed(filter: PublicListFilter) {
  return prisma.publication.findMany({
    where: {
      ...publicPublicationWhere(),
      ...siteStoriesWhere(filter.language),
      sectionId: filter.sectionId,
      ...(filter.tagId ? { tags: { some: { tagId: filter.tagId } } } : {}),
      ...bylineFilter(filter.contributorId),
    },
    orderBy: [{ visibleAt: 'desc' }, { storyId: 'desc' }],
    take: FEED_SIZE,
    select: {
      storyId: true,
      slug: true,
      headline: true,
      subheadline: true,
      body: true,
      datelinePlace: true,
      datelineDate: true,
      credit: true,
      language: true,
      correctionNote: true,
      firstPublishedAt: true,
      publishedAt: true,
      visibleAt: true,
      updateNumber: true,
      liveCoverage: true,
      bylines: true,
      bylineWith: true,
      section: { select: { name: true } },
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true } } } },
      story: {
        select: {
          liveEntries: {
            where: { status: 'PUBLISHED' },
            orderBy: { publishedAt: 'desc' },
            take: 50,
            select: {
              id: true,
              body: true,
              bodyText: true,
              keyEvent: true,
              pinned: true,
              correctionNote: true,
              publishedAt: true,
              updatedAt: true,
              author: { select: { name: true } },
            },
          },
        },
      },
    },
  });
}

/** Up to five other published stories sharing the topic, else a tag, else the section. */
export async function listRelatedStories(story: { storyId: string; language: string; topicId: string | null; sectionId: string | null; tagIds: string[] }) {
  const or = [
    ...(story.topicId ? [{ topicId: story.topicId }] : []),
    ...(story.tagIds.length ? [{ tags: { some: { tagId: { in: story.tagIds } } } }] : []),
    ...(story.sectionId ? [{ sectionId: story.sectionId }] : []),
  ];
  if (!or.length) return [];
  return prisma.publication.findMany({
    where: { ...publicPublicationWhere(), ...siteStoriesWhere(siteOf(story.language)), storyId: { not: story.storyId }, OR: or },
    orderBy: { visibleAt: 'desc' },
    take: 5,
    select: { storyId: true, slug: true, language: true, headline: true, visibleAt: true },
  });
}
