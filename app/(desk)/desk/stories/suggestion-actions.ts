'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { ZId } from '@/lib/text/fields';
import { SUGGESTION_ID } from '@/lib/suggestions/ids';
import { decideStorySuggestions } from '@/lib/stories/suggestion-decisions';

const ZDecide = z.object({
  storyId: ZId,
  ids: z.union([z.literal('all'), z.array(z.string().regex(SUGGESTION_ID, 'That is not a suggestion.')).min(1).max(1000)]),
  decision: z.enum(['accept', 'reject']),
});

export const decideSuggestionsAction = defineAction({
  permission: 'story.decideSuggestion',
  schema: ZDecide,
  run: async (input, viewer) => {
    const outcome = await decideStorySuggestions(viewer, input.storyId, input.ids, input.decision);
    revalidatePath(`/desk/stories/${input.storyId}`);
    return outcome;
  },
});
