import type { FieldErrors } from '@/lib/errors';

/** What a person is doing on a story, as the desk shows it. */
export const ACTIVITIES = ['typing', 'reviewing', 'viewing', 'idle'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Messages from the desk to the collaboration server (Hocuspocus stateless messages). */
export type ClientMessage =
  /** Store and write the story now (a "Save", before a workflow move), answered by `stored` or `not-stored`. */
  | { type: 'flush' }
  /** What this person is doing now, for the desk list and the review queue. */
  | { type: 'activity'; activity: Activity };

/** Messages from the collaboration server to the editors of a story. */
export type ServerMessage =
  /**
   * The story was written from the shared document: `stateVector` (base64) says whose
   * edits the written text holds; `held` the fields its rules refused, kept as typed in
   * the document and not in the story (nothing is "Saved" while any is held).
   */
  | { type: 'stored'; stateVector: string; version: number; slug: string; status: string; savedAt: string; held: FieldErrors }
  /** A store failed before anything was written (the database was unreachable, say): the text stays in the document and is tried again. */
  | { type: 'not-stored'; message: string }
  /** A change or presence this browser sent was refused at the door and never entered the document (sent to that browser only). */
  | { type: 'refused'; field: string; message: string };

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
    if (message.type === 'stored' && typeof message.stateVector === 'string') return { ...message, held: message.held ?? {} };
    if ((message.type === 'not-stored' || message.type === 'refused') && typeof message.message === 'string') return message;
  } catch {
    // not JSON
  }
  return null;
}

/** The close code the server cuts a connection with when its session ended (signed out, deactivated). */
export const SIGNED_OUT_CLOSE = 4401;
