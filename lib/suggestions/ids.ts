import { SUGGESTION_ID } from '@/lib/content/suggestion-marks';

/**
 * A suggestion's id names who proposed it and when: `<user id>~<ms since epoch, base 36>~<random>`.
 * The id is the only thing a suggestion mark carries, so the margin can say whose it is
 * without a side table that could drift from the text.
 */
export { SUGGESTION_ID };

export function newSuggestionId(authorId: string, now: number = Date.now()): string {
  return `${authorId}~${now.toString(36)}~${Math.random().toString(36).slice(2, 10) || '0'}`;
}

/** Who proposed a suggestion and when, read from its id (null for an id not in that shape). */
export function suggestionOrigin(id: unknown): { authorId: string; at: Date } | null {
  if (typeof id !== 'string' || !SUGGESTION_ID.test(id)) return null;
  const [authorId, time] = id.split('~') as [string, string];
  return { authorId, at: new Date(parseInt(time, 36)) };
}
