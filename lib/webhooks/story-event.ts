import { env } from '@/lib/env';
import { storyPath } from '@/lib/stories/public-paths';
import { absolute } from '@/lib/stories/seo';
import { distributedVersion } from '@/lib/wire/export/ninjs';
import type { StoryEventData } from './events';

type PublishedState = {
  storyId: string;
  slug: string;
  headline: string;
  priority: string;
  language: string;
  storyVersion: number;
  updateNumber: number;
  publishedAt: Date;
  embargoUntil: Date | null;
  killedAt: Date | null;
};

/** A publication as partners are told of it (the wire version rises with each update and with a kill, as in the API). */
export function storyEventData(p: PublishedState): StoryEventData {
  const site = env().NEWSROOM_SITE_URL;
  return {
    storyId: p.storyId,
    slug: p.slug,
    url: absolute(site, storyPath(p.slug, p.language)),
    apiUrl: absolute(site, `/api/v1/stories/${p.storyId}`),
    headline: p.killedAt ? '' : p.headline,
    priority: p.priority,
    language: p.language,
    translationsUrl: absolute(site, `/api/v1/stories/${p.storyId}/translations`),
    version: distributedVersion(p),
    updateNumber: p.updateNumber,
    publishedAt: p.publishedAt.toISOString(),
    embargoUntil: p.embargoUntil?.toISOString() ?? null,
    killedAt: p.killedAt?.toISOString() ?? null,
  };
}
