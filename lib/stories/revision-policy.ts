/** How long an author's saves keep folding into the same revision. */
export const COALESCE_WINDOW_MS = 5 * 60_000;

type LastRevision = { authorId: string; reason: string; createdAt: Date; status: string } | null;

/**
 * A save by the same author, in the same status, within a few minutes of their last
 * revision updates that revision instead of adding one, so autosave does not bury
 * the history. Status changes and restores always make a revision of their own.
 */
export function shouldCoalesce(last: LastRevision, save: { authorId: string; status: string; now: Date }): boolean {
  if (!last) return false;
  if (last.reason !== 'AUTOSAVE' && last.reason !== 'SAVE') return false;
  return last.authorId === save.authorId && last.status === save.status && save.now.getTime() - last.createdAt.getTime() < COALESCE_WINDOW_MS;
}
