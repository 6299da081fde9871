'use server';

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
    // The text reaches every open editor through the shared document; the page around it (its activity) is refreshed by the browser afterwards.
    return decideStorySuggestions(viewer, input.storyId, input.ids, input.decision);
  },
});
