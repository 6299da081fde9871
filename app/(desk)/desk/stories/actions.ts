'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { revalidatePublicSite } from '@/lib/cache/revalidate-public';
import { ZId } from '@/lib/text/fields';
import { defineAction } from '@/lib/action';
import { diffRevisions } from '@/lib/stories/editor-queries';
import { createStory, restoreRevision } from '@/lib/stories/mutations';
import { transitionStory, ZTransition } from '@/lib/stories/transition';

/** "New story": the story exists from this moment (blank), and its page edits it with everyone who opens it. */
export const createStoryAction = defineAction({
  permission: 'story.create',
  schema: z.object({}),
  run: async (_input, viewer) => {
    const story = await createStory(viewer);
    return { id: story.id };
  },
});

export const transitionStoryAction = defineAction({
  name: 'story.transition',
  permission: 'desk.view', // the transition table names the permission each move needs
  schema: ZTransition,
  run: async (input, viewer) => {
    const result = await transitionStory(viewer, input);
    if (result.public) await revalidatePublicSite(result.slug);
    return result;
  },
});

export const restoreRevisionAction = defineAction({
  permission: 'story.restoreRevision',
  schema: z.object({ storyId: ZId, revisionId: ZId, baseVersion: z.number().int().positive().optional() }),
  run: async (input, viewer) => {
    const saved = await restoreRevision(viewer, input);
    revalidatePath(`/desk/stories/${input.storyId}`);
    return { version: saved.version };
  },
});

export const diffRevisionsAction = defineAction({
  permission: 'desk.view',
  schema: z.object({ storyId: ZId, fromId: ZId, toId: ZId }),
  run: (input, viewer) => diffRevisions(viewer, input),
});
