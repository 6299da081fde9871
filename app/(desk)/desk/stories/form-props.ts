import 'server-only';
import type { StoryFormProps } from '@/components/desk/story-editor/story-form';
import { emptyDoc } from '@/lib/content/document';
import { env } from '@/lib/env';
import { formatDeskDay } from '@/lib/time/format';
import type { Viewer } from '@/lib/auth/permissions';
import { listSections } from '@/lib/sections/queries';
import { parseCredits } from '@/lib/stories/dateline';
import { draftOfStory } from '@/lib/stories/draft-of-story';
import type { getStoryForEditor } from '@/lib/stories/editor-queries';
import { availableActions, isEditable } from '@/lib/stories/workflow';
import { listTopicOptions } from '@/lib/topics/queries';

type EditorStory = NonNullable<Awaited<ReturnType<typeof getStoryForEditor>>>;

async function formOptions() {
  const [sections, topics] = await Promise.all([listSections({ includeHidden: true }), listTopicOptions()]);
  return { sections: sections.map((s) => ({ id: s.id, name: s.hidden ? `${s.name} (hidden)` : s.name })), topics, defaultCredit: env().NEWSROOM_AGENCY_CREDIT, credits: parseCredits(env().NEWSROOM_AGENCY_CREDITS, env().NEWSROOM_AGENCY_CREDIT), timeZone: env().NEWSROOM_TIMEZONE };
}

export async function newStoryFormProps(viewer: Viewer): Promise<StoryFormProps> {
  const options = await formOptions();
  return {
    story: { id: null, status: 'DRAFT', slug: '', slugFrozen: false, isLive: false, editable: true },
    saved: {
      draft: {
        headline: '', subheadline: '', slug: '', datelinePlace: '', datelineDate: formatDeskDay(new Date()), credit: options.defaultCredit,
        sectionId: '', topicId: '', priority: 'ROUTINE', language: 'en', tags: [], correctionNote: '', embargoUntil: '', liveCoverage: false, leadImageId: '', body: emptyDoc(),
      },
      version: 0, updatedAt: new Date().toISOString(), editorName: null,
    },
    options,
    // What this person may do with a fresh draft (a reviewer's FLASH: Publish now).
    moves: availableActions({ status: 'DRAFT', priority: 'ROUTINE', lastEditorId: null, isLive: false, wasPublished: false }, viewer).filter((move) => move !== 'edit'),
  };
}

export async function storyFormProps(story: EditorStory, viewer: Viewer): Promise<StoryFormProps> {
  const isLive = !!story.publication && !story.publication.killedAt;
  const draft = draftOfStory(story);
  return {
    story: { id: story.id, status: story.status, slug: story.slug, slugFrozen: !!story.firstPublishedAt, isLive, editable: isEditable(story.status) },
    saved: { draft, version: story.version, updatedAt: story.updatedAt.toISOString(), editorName: story.lastEditor?.name ?? null },
    options: await formOptions(),
    moves: availableActions({ status: story.status, priority: story.priority, lastEditorId: story.lastEditorId, isLive, wasPublished: !!story.publication || !!story.firstPublishedAt }, viewer),
    // A saved story is edited through its shared document, by everyone with it open.
    me: { id: viewer.id, name: viewer.name },
  };
}
