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
  // What the engine did is stored with the translation and shown on its page, not returned.
  run: async (input, viewer) => ({ id: (await translateStory(viewer, input.storyId, input.into)).id }),
});
