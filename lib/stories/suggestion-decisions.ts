import 'server-only';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import type { Decision } from '@/lib/suggestions/body';
import { editStoryDocument } from './shared-doc/store';
import { decideSuggestions, type Decided } from './shared-doc/suggestions';

/**
 * How many were decided, the story's version after, and the decision as an update of the
 * shared document (base64), for the decider's browser to apply at once: the same update
 * reaches every open editor, that browser's too, through the collaboration server.
 */
export type SuggestionOutcome = { decided: number; version: number; sharedUpdate: string };

/**
 * Accepts or rejects suggestions (some by id, or all) as an edit of the story's shared
 * document by `viewer`: the text accepted is written as theirs, every open editor sees it
 * at once, and each decision goes into the story's activity with who made it and what it was.
 */
export async function decideStorySuggestions(viewer: Viewer, storyId: string, ids: string[] | 'all', decision: Decision): Promise<SuggestionOutcome> {
  assertCan(viewer, 'story.decideSuggestion');
  let decided: Decided[] = [];
  const { story, sharedUpdate } = await editStoryDocument(
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
        // One decision, one entry: "Accept all" is one act, its suggestions listed in the entry's data.
        const action = decision === 'accept' ? 'story.acceptSuggestion' : 'story.rejectSuggestion';
        const note = decided.length === 1 ? decided[0]!.summary : `${decided.length} suggestions: ${decided.map((one) => one.summary).join('; ')}`;
        await tx.auditEvent.create({
          data: { storyId, actorId: viewer.id, action, note: note.length > 500 ? `${note.slice(0, 499)}…` : note, data: { suggestions: decided } },
        });
      },
    },
  );
  if (!decided.length) throw new AppError('NOT_FOUND', 'That suggestion is no longer in the story: someone has already accepted or rejected it.');
  return { decided: decided.length, version: story.version, sharedUpdate: Buffer.from(sharedUpdate).toString('base64') };
}
