import 'server-only';
import type { StoryFormProps } from '@/components/desk/story-editor/story-form';
import { presenceIdentity } from '@/lib/collab/identity';
import { listBylineChoices } from '@/lib/bylines/queries';
import { env } from '@/lib/env';
import type { Viewer } from '@/lib/auth/permissions';
import { listSections } from '@/lib/sections/queries';
import { tagNamesByLanguage } from '@/lib/tags/queries';
import { parseCredits } from '@/lib/stories/dateline';
import { draftOfStory } from '@/lib/stories/draft-of-story';
import type { getStoryForEditor } from '@/lib/stories/editor-queries';
import { availableActions, heldBackMoves, isEditable } from '@/lib/stories/workflow';
import { listTopicOptionsByLanguage } from '@/lib/topics/queries';
import { deskPeopleNames } from '@/lib/users/queries';

type EditorStory = NonNullable<Awaited<ReturnType<typeof getStoryForEditor>>>;

async function formOptions() {
  const [sections, topics, bylineChoices] = await Promise.all([listSections({ includeHidden: true }), listTopicOptionsByLanguage(), listBylineChoices()]);
  return {
    bylineChoices,
    sections: sections.map((s) => ({ id: s.id, name: s.hidden ? `${s.name} (hidden)` : s.name })),
    topics,
    defaultCredit: env().NEWSROOM_AGENCY_CREDIT,
    credits: parseCredits(env().NEWSROOM_AGENCY_CREDITS, env().NEWSROOM_AGENCY_CREDIT),
    timeZone: env().NEWSROOM_TIMEZONE,
  };
}

export async function storyFormProps(story: EditorStory, viewer: Viewer): Promise<StoryFormProps> {
  const [options, people, tagNames] = await Promise.all([formOptions(), deskPeopleNames(viewer), tagNamesByLanguage(story.tags.map((t) => t.tagId))]);
  const isLive = !!story.publication && !story.publication.killedAt;
  const workflowStory = {
    status: story.status,
    priority: story.priority,
    lastEditorId: story.lastEditorId,
    textEditorId: story.textEditorId,
    smallEditChars: story.smallEditChars,
    isLive,
    wasPublished: !!story.publication || !!story.firstPublishedAt,
  };
  return {
    story: {
      id: story.id,
      status: story.status,
      slug: story.slug,
      slugFrozen: !!story.firstPublishedAt,
      isLive,
      editable: isEditable(story.status),
      liveCoverage: story.liveCoverage,
      languageFixed: !!story.translationRootId,
    },
    saved: { draft: draftOfStory(story), version: story.version, held: story.unstored ?? {}, stateVector: story.storedStateVector },
    options: { ...options, people, tagNames },
    moves: availableActions(workflowStory, viewer),
    heldBack: heldBackMoves(workflowStory, viewer),
    // The story is edited through its shared document, by everyone with it open; this is who they see.
    me: presenceIdentity(viewer),
    // A reviewer proposes changes to someone else's story; everyone else (and a reviewer in their own story) makes them. Each can switch.
    suggestingByDefault: viewer.role === 'REVIEWER' && story.authorId !== viewer.id,
  };
}
