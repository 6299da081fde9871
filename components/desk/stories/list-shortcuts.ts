/** The desk list's keyboard shortcuts: the dialog lists them and the handler reads the same table. */
export const LIST_SHORTCUTS = [
  { keys: 'j', label: 'Next story', action: 'next' },
  { keys: 'k', label: 'Previous story', action: 'previous' },
  { keys: 'Enter', label: 'Open the story (on its headline)', action: 'open' },
  { keys: '?', label: 'Show these shortcuts', action: 'help' },
] as const;

export type ListShortcut = (typeof LIST_SHORTCUTS)[number]['action'];

/** What a key press asks of the desk list, or null: never inside a text field or with a modifier (Enter is the link's own). */
export function listShortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  inTextField: boolean,
): Exclude<ListShortcut, 'open'> | null {
  if (inTextField || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'j') return 'next';
  if (event.key === 'k') return 'previous';
  if (event.key === '?') return 'help';
  return null;
}

/** The row a move lands on: the first row for the first "next", and never past either end. */
export function movedRow(current: number | null, move: 'next' | 'previous', rows: number): number | null {
  if (rows === 0) return null;
  if (current === null) return move === 'next' ? 0 : rows - 1;
  return move === 'next' ? Math.min(current + 1, rows - 1) : Math.max(current - 1, 0);
}
