// Autosave as a state machine, declared as a table like the workflow: what the
// person sees ("Saved", "Offline — changes kept on this device", …) is the state; the
// hook feeds it events and runs the side effects. Pure, so every move is unit-tested.

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'offline' | 'conflict' | 'invalid';

export type SaveEvent =
  /** The form changed. */
  | { type: 'edited' }
  /** A save request left for the server. */
  | { type: 'saveStarted' }
  /** The server stored the text it was sent; `current` when nothing was typed meanwhile. */
  | { type: 'saved'; current: boolean }
  /** The request never got an answer (offline, server down). */
  | { type: 'unreachable' }
  /** Someone else saved first. */
  | { type: 'conflict' }
  /** The server refused the text (a field error, a story that may not change). */
  | { type: 'refused' }
  /** The person chose how a conflict ends. */
  | { type: 'resolved'; keep: 'mine' | 'theirs' }
  /** The form opened with a copy kept on this device that the server does not have. */
  | { type: 'restored' };

type Rule = SaveStatus | ((event: SaveEvent) => SaveStatus);

/** state × event → next state; a missing cell means the event changes nothing there. */
export const AUTOSAVE_TRANSITIONS: Record<SaveStatus, Partial<Record<SaveEvent['type'], Rule>>> = {
  saved: { edited: 'dirty', saveStarted: 'saving', restored: 'dirty', conflict: 'conflict' },
  dirty: { saveStarted: 'saving', conflict: 'conflict', restored: 'dirty' },
  saving: {
    saved: (event) => (event.type === 'saved' && event.current ? 'saved' : 'dirty'),
    unreachable: 'offline', conflict: 'conflict', refused: 'invalid',
  },
  // Offline, typing goes on being kept on the device; the retry is a save like any other.
  offline: { saveStarted: 'saving', conflict: 'conflict' },
  // Nothing is sent over someone else's version until the person decides.
  conflict: { resolved: (event) => (event.type === 'resolved' && event.keep === 'theirs' ? 'saved' : 'dirty') },
  invalid: { edited: 'dirty', saveStarted: 'saving', conflict: 'conflict' },
};

/** The state after an event. */
export function nextSaveStatus(state: SaveStatus, event: SaveEvent): SaveStatus {
  const rule = AUTOSAVE_TRANSITIONS[state][event.type];
  if (rule === undefined) return state;
  return typeof rule === 'function' ? rule(event) : rule;
}

/** Whether a save may be sent in this state (never over a conflict, never twice at once). */
export const canStartSave = (state: SaveStatus) => AUTOSAVE_TRANSITIONS[state].saveStarted !== undefined;
