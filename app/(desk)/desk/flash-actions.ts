'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { flashesInReviewSince } from '@/lib/stories/desk-queries';

/** The reviewers' cue: FLASH stories submitted after `since` (asked every few seconds by the desk). */
export const flashesInReviewAction = defineAction({
  permission: 'story.review',
  schema: z.object({ since: z.coerce.date() }),
  run: async (input, viewer) => {
    const now = new Date();
    const stories = await flashesInReviewSince(viewer, input.since);
    return { now: now.toISOString(), stories: stories.map((s) => ({ id: s.id, headline: s.headline || 'Untitled FLASH', author: s.author.name, submittedAt: s.submittedAt!.toISOString() })) };
  },
});
