import { mediaIdsIn, responsiveImages } from '@/lib/assets/queries';
import { env } from '@/lib/env';
import { contributorPath, getContributorBySlug } from '@/lib/bylines/queries';
import { getSectionBySlug } from '@/lib/sections/queries';
import { inLanguage } from '@/lib/stories/languages';
import { sitePath } from '@/lib/stories/public-paths';
import { listStoriesForFeed } from '@/lib/stories/public-queries';
import { readerMessages } from '@/lib/stories/reader-messages';
import { getTagBySlug } from '@/lib/tags/queries';
import { buildFeed, FEED_TYPES, type FeedFormat } from './build-feed';

export type FeedScope = { kind: 'site' } | { kind: 'section'; slug: string } | { kind: 'tag'; slug: string } | { kind: 'contributor'; slug: string };

/** The body and headers of a feed on a language's site (its stories only), or null when its section or tag does not exist. */
export async function feedDocument(format: FeedFormat, scope: FeedScope, language: string) {
  const site = { url: env().NEWSROOM_SITE_URL, name: env().NEWSROOM_SITE_NAME };
  let title = `${site.name}: ${readerMessages(language).allNews}`;
  let path = '/';
  let filter = {};
  if (scope.kind === 'section') {
    const section = await getSectionBySlug(scope.slug);
    if (!section) return null;
    [title, path, filter] = [`${site.name}: ${section.name}`, `/section/${section.slug}`, { sectionId: section.id }];
  } else if (scope.kind === 'tag') {
    const { tag } = await getTagBySlug(scope.slug);
    if (!tag) return null;
    [title, path, filter] = [`${site.name}: ${inLanguage(tag.name, tag.names, (n) => n.name, language)}`, `/tag/${tag.slug}`, { tagId: tag.id }];
  } else if (scope.kind === 'contributor') {
    const contributor = await getContributorBySlug(scope.slug);
    if (!contributor) return null;
    [title, path, filter] = [`${site.name}: ${contributor.name}`, contributorPath(contributor.slug), { contributorId: contributor.id }];
  }
  const stories = await listStoriesForFeed({ ...filter, language });
  const images = await responsiveImages([...new Set(stories.flatMap((story) => mediaIdsIn(story.body)))]);
  return { body: buildFeed(format, { site, title, path: sitePath(language, path), language, stories, images }), contentType: FEED_TYPES[format] };
}
