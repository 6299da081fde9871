import type { FieldErrors } from '@/lib/errors';

/** What a person is doing on a story, as the desk shows it. */
export const ACTIVITIES = ['typing', 'reviewing', 'viewing', 'idle'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Messages from the desk to the collaboration server (Hocuspocus stateless messages). */
export type ClientMessage =
  /** Store and write the story now (before a workflow move), answered by `stored`. */
  | { type: 'flush' }
  /** What this person is doing now, for the desk list and the review queue. */
  | { type: 'activity'; activity: Activity };

/** Messages from the collaboration server to every editor of a story. */
export type ServerMessage = {
  type: 'stored';
  /** The shared document's state vector when it was stored (base64): whose edits are persisted. */
  stateVector: string;
  version: number;
  slug: string;
  status: string;
  savedAt: string;
  /** Fields kept at their stored value because they were refused, with why. */
  held: FieldErrors;
};

/** A client message, or null for anything else (the server ignores it). */
export function parseClientMessage(payload: string): ClientMessage | null {
  if (payload.length > 200) return null;
  try {
    const message = JSON.parse(payload) as Partial<ClientMessage>;
    if (message.type === 'flush') return { type: 'flush' };
    if (message.type === 'activity' && ACTIVITIES.includes(message.activity as Activity)) return { type: 'activity', activity: message.activity as Activity };
  } catch {
    // not JSON: ignored
  }
  return null;
}

export function parseServerMessage(payload: string): ServerMessage | null {
  try {
    const message = JSON.parse(payload) as ServerMessage;
    return message.type === 'stored' && typeof message.stateVector === 'string' ? message : null;
  } catch {
    return null;
  }
}
