import 'server-only';
import type { StoryFormProps } from '@/components/desk/story-editor/story-form';
import { emptyDoc, type TDocNode } from '@/lib/content/document';
import { env } from '@/lib/env';
import type { Viewer } from '@/lib/auth/permissions';
import { listSections } from '@/lib/sections/queries';
import type { getStoryForEditor } from '@/lib/stories/editor-queries';
import { slugify } from '@/lib/text/slug';
import { availableActions } from '@/lib/stories/workflow';
import { listTopicOptions } from '@/lib/topics/queries';
import { utcToZonedInput } from '@/lib/time/zoned';

type EditorStory = NonNullable<Awaited<ReturnType<typeof getStoryForEditor>>>;

async function formOptions() {
  const [sections, topics] = await Promise.all([listSections(), listTopicOptions()]);
  return { sections, topics, defaultCredit: env().NEWSROOM_AGENCY_CREDIT, timeZone: env().NEWSROOM_TIMEZONE };
}

/** A slug still made from the headline keeps following it until someone edits it. */
function isDerivedSlug(slug: string, headline: string) {
  const base = slugify(headline);
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug) || slug.startsWith('untitled-');
}

export async function newStoryFormProps(): Promise<StoryFormProps> {
  const options = await formOptions();
  return {
    story: { id: null, version: 0, status: 'DRAFT', slug: '', slugFrozen: false, isLive: false, lastEditorName: null, updatedAt: new Date().toISOString() },
    savedDraft: {
      headline: '', subheadline: '', slug: '', datelinePlace: '', datelineDate: new Date().toISOString().slice(0, 10), credit: options.defaultCredit,
      sectionId: '', topicId: '', priority: 'ROUTINE', language: 'en', tags: [], correctionNote: '', embargoUntil: '', body: emptyDoc(),
    },
    knownTags: [],
    options,
    actions: ['submit'],
  };
}

export async function storyFormProps(story: EditorStory, viewer: Viewer): Promise<StoryFormProps> {
  const isLive = !!story.publication && !story.publication.killedAt;
  return {
    story: {
      id: story.id, version: story.version, status: story.status, slug: story.slug, slugFrozen: !!story.firstPublishedAt,
      isLive, lastEditorName: story.lastEditor?.name ?? null, updatedAt: story.updatedAt.toISOString(),
    },
    savedDraft: {
      headline: story.headline, subheadline: story.subheadline,
      slug: story.firstPublishedAt || isDerivedSlug(story.slug, story.headline) ? '' : story.slug,
      datelinePlace: story.datelinePlace, datelineDate: story.datelineDate?.toISOString().slice(0, 10) ?? '', credit: story.credit,
      sectionId: story.sectionId ?? '', topicId: story.topicId ?? '', priority: story.priority, language: story.language === 'ru' ? 'ru' : 'en',
      tags: story.tags.map(({ tag }) => tag), correctionNote: story.correctionNote,
      embargoUntil: story.embargoUntil ? utcToZonedInput(story.embargoUntil, env().NEWSROOM_TIMEZONE) : '', body: story.body as TDocNode,
    },
    knownTags: story.tags.map(({ tag }) => tag),
    options: await formOptions(),
    actions: availableActions({ status: story.status, priority: story.priority, lastEditorId: story.lastEditorId, isLive }, viewer),
  };
}
