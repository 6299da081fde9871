import { canonicalJson } from '@/lib/stories/content';
import type { PresenceIdentity } from './identity';
import { readAwarenessEntries, type AwarenessEntry } from './wire-message';

/**
 * Whose presence an entry is: this connection's own editor ('own', checked in full), a
 * copy of someone else's that changes nothing ('relay': editors pass on every presence
 * they know, at a clock the server already has), or neither ('refuse').
 */
export type PresenceClaim = (entry: AwarenessEntry) => 'own' | 'relay' | 'refuse';

/** The most one person's presence may weigh (their name, caret, activity and field). */
export const MAX_PRESENCE_BYTES = 2_048;
/** What a presence state may say, besides who it is. */
const KEYS = new Set(['user', 'cursor', 'activity', 'field', 'caret']);

/**
 * Checks an awareness (presence) update from a connection: small; changing only the
 * connection's own editor's presence (a client id no other connection speaks for), which
 * must name exactly the person the session says it is. Returns why not, or null.
 */
export function awarenessProblem(update: Uint8Array, identity: PresenceIdentity, claim: PresenceClaim): string | null {
  if (update.byteLength > MAX_PRESENCE_BYTES * 2) return 'Presence is too large.';
  let entries;
  try {
    entries = readAwarenessEntries(update, 4);
  } catch {
    return 'Presence could not be read.';
  }
  for (const entry of entries) {
    if (entry.state.length > MAX_PRESENCE_BYTES) return 'Presence is too large.';
    const whose = claim(entry);
    if (whose === 'refuse') return 'Presence may only be said for your own editor.';
    if (whose === 'relay') continue;
    let state: unknown;
    try {
      state = JSON.parse(entry.state);
    } catch {
      return 'Presence could not be read.';
    }
    if (state === null) continue;
    if (typeof state !== 'object' || Array.isArray(state)) return 'Presence could not be read.';
    const fields = state as Record<string, unknown>;
    if (Object.keys(fields).some((key) => !KEYS.has(key))) return 'Presence may only say who you are, where your caret is and what you are doing.';
    if ('user' in fields && canonicalJson(fields.user) !== canonicalJson(identity)) return 'Presence must name the person signed in.';
  }
  return null;
}
