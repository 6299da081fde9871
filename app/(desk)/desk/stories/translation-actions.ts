'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { ZId } from '@/lib/text/fields';
import { translateStory } from '@/lib/translations/mutations';

const ZTranslate = z.object({
  storyId: ZId,
  into: z.string().regex(/^[a-z]{2}$/, 'Choose a language.'),
});

export const translateStoryAction = defineAction({
  permission: 'story.translate',
  schema: ZTranslate,
  run: async (input, viewer) => {
    const story = await translateStory(viewer, input.storyId, input.into);
    return { id: story.id, machine: story.machine };
  },
});
