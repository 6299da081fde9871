import { storyPath } from '@/lib/stories/public-paths';
import { absolute } from '@/lib/stories/seo';
import type { DistributedPublication } from './distribution-queries';
import { storyUri } from './ninjs';

/** A story's published translations for the API: the same news in each other language, with where to read and fetch it. */
export function translationsListing(p: DistributedPublication, siteUrl: string) {
  return {
    uri: storyUri(siteUrl, p.storyId),
    language: p.language,
    items: p.siblings.map((s) => ({
      uri: storyUri(siteUrl, s.storyId),
      id: s.storyId,
      language: s.language,
      relation: s.relation,
      headline: s.headline,
      version: String(s.storyVersion),
      embargoed: s.heldUntil?.toISOString() ?? null,
      url: absolute(siteUrl, storyPath(s.slug, s.language)),
      apiUrl: absolute(siteUrl, `/api/v1/stories/${s.storyId}`),
    })),
  };
}
