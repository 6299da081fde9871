import 'server-only';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import type { Decision } from '@/lib/suggestions/body';
import { editStoryDocument } from './shared-doc/store';
import { decideSuggestions, type Decided } from './shared-doc/suggestions';

export type SuggestionOutcome = { decided: number; version: number };

/**
 * Accepts or rejects suggestions (some by id, or all) as an edit of the story's shared
 * document by `viewer`: the text accepted is written as theirs, every open editor sees it
 * at once, and each decision goes into the story's activity with who made it and what it was.
 */
export async function decideStorySuggestions(viewer: Viewer, storyId: string, ids: string[] | 'all', decision: Decision): Promise<SuggestionOutcome> {
  assertCan(viewer, 'story.decideSuggestion');
  let decided: Decided[] = [];
  const story = await editStoryDocument(
    viewer,
    storyId,
    (doc) => {
      decided = decideSuggestions(doc, ids, decision);
      return decided.length ? ['body', 'headline', 'subheadline'] : [];
    },
    {
      reason: 'SAVE',
      afterWrite: async (tx) => {
        if (!decided.length) return;
        const action = decision === 'accept' ? 'story.acceptSuggestion' : 'story.rejectSuggestion';
        await tx.auditEvent.createMany({
          data: decided.map((one) => ({
            storyId,
            actorId: viewer.id,
            action,
            note: one.summary.slice(0, 500),
            data: { suggestionId: one.id, authorId: one.authorId },
          })),
        });
      },
    },
  );
  if (!decided.length) throw new AppError('NOT_FOUND', 'That suggestion is no longer in the story: someone has already accepted or rejected it.');
  return { decided: decided.length, version: story.version };
}
