import type { PresenceIdentity } from './identity';
import { readAwarenessEntries, writeAwarenessEntries } from './wire-message';

/** The most one person's presence may weigh (their name, caret, activity and field). */
export const MAX_PRESENCE_BYTES = 2_048;
/** What a presence state may say, besides who it is (which the server says). */
const KEYS = new Set(['cursor', 'activity', 'field', 'caret']);

/**
 * Whether a presence client id may be this connection's: it is already, or nobody else
 * holds it (a second person's connection cannot speak for the first's editor).
 */
export type PresenceClaim = (clientId: number) => boolean;

/**
 * An awareness (presence) update from a connection, as the server applies it: only the
 * entries for this connection's own editor, each naming exactly the person the session
 * says (whatever the client wrote there) and saying nothing else; copies of other
 * people's presence that every editor passes on are dropped (the server has them). Null
 * when nothing of it is the connection's own; a problem when it is malformed or too large.
 */
export function ownPresence(update: Uint8Array, identity: PresenceIdentity, claim: PresenceClaim): { update: Uint8Array | null } | { problem: string } {
  if (update.byteLength > MAX_PRESENCE_BYTES * 8) return { problem: 'Presence is too large.' };
  let entries;
  try {
    entries = readAwarenessEntries(update, 16);
  } catch {
    return { problem: 'Presence could not be read.' };
  }
  const own = [];
  for (const entry of entries) {
    if (entry.state.length > MAX_PRESENCE_BYTES) return { problem: 'Presence is too large.' };
    let state: unknown;
    try {
      state = JSON.parse(entry.state);
    } catch {
      return { problem: 'Presence could not be read.' };
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return { problem: 'Presence could not be read.' };
    const fields = state as Record<string, unknown> | null;
    const user = fields?.user as { id?: unknown } | undefined;
    // Someone else's presence, passed on by this editor: not this connection's to say.
    if (fields && user !== undefined && user?.id !== identity.id) continue;
    if (!claim(entry.clientId)) continue;
    const said = fields ? JSON.stringify({ ...Object.fromEntries(Object.entries(fields).filter(([key]) => KEYS.has(key))), user: identity }) : 'null';
    own.push({ ...entry, state: said });
  }
  return { update: own.length ? writeAwarenessEntries(own) : null };
}
