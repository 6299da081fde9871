import { readBylines } from '@/lib/bylines/byline';
import { readDoc } from '@/lib/content/document';
import { env } from '@/lib/env';
import { slugify } from '@/lib/text/slug';
import { utcToZonedInput } from '@/lib/time/zoned';
import type { Draft, DraftTag } from './draft';
import { isLanguage } from './limits';

type StoryLike = {
  headline: string;
  subheadline: string;
  slug: string;
  datelinePlace: string;
  datelineDate: Date | null;
  credit: string;
  sectionId: string | null;
  topicId: string | null;
  priority: Draft['priority'];
  language: string;
  correctionNote: string;
  embargoUntil: Date | null;
  liveCoverage: boolean;
  leadImageId: string | null;
  firstPublishedAt: Date | null;
  body: unknown;
  bylines: unknown;
  bylineWith: string;
  tags: { position: number; tag: DraftTag }[];
};

/** A slug still made from the headline keeps following it until someone edits it. */
function followsHeadline(slug: string, headline: string) {
  const base = slugify(headline);
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug) || slug.startsWith('untitled-');
}

/** A stored story as the form's draft (the form's own value, and the other side of a conflict). */
export function draftOfStory(story: StoryLike): Draft {
  return {
    headline: story.headline,
    subheadline: story.subheadline,
    slug: story.firstPublishedAt || followsHeadline(story.slug, story.headline) ? '' : story.slug,
    datelinePlace: story.datelinePlace,
    datelineDate: story.datelineDate?.toISOString().slice(0, 10) ?? '',
    credit: story.credit,
    sectionId: story.sectionId ?? '',
    topicId: story.topicId ?? '',
    priority: story.priority,
    language: isLanguage(story.language) ? story.language : 'en',
    tags: [...story.tags].sort((a, b) => a.position - b.position).map(({ tag }) => ({ id: tag.id, name: tag.name, kind: tag.kind })),
    correctionNote: story.correctionNote,
    embargoUntil: story.embargoUntil ? utcToZonedInput(story.embargoUntil, env().NEWSROOM_TIMEZONE) : '',
    liveCoverage: story.liveCoverage,
    leadImageId: story.leadImageId ?? '',
    bylines: readBylines(story.bylines),
    bylineWith: story.bylineWith,
    body: readDoc(story.body),
  };
}
