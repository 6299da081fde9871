import type { WorkflowAction } from '@/lib/stories/workflow';

type Shortcut = { keys: string; label: string; action: 'save' | 'help' | WorkflowAction; /** Alt+Shift + this key code. */ code?: string };

/** The story page's keyboard shortcuts: the dialog lists them and the handler reads the same table. */
export const SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl+S / ⌘+S', label: 'Save now', action: 'save' },
  { keys: 'Alt+Shift+R', label: 'Submit for review', action: 'submit', code: 'KeyR' },
  { keys: 'Alt+Shift+A', label: 'Approve', action: 'approve', code: 'KeyA' },
  { keys: 'Alt+Shift+P', label: 'Publish', action: 'publish', code: 'KeyP' },
  { keys: 'Alt+Shift+N', label: 'Publish now (FLASH or URGENT, without review)', action: 'publishNow', code: 'KeyN' },
  { keys: 'Alt+Shift+C', label: 'Request changes', action: 'requestChanges', code: 'KeyC' },
  { keys: '?', label: 'Show these shortcuts (outside a text field)', action: 'help' },
];

/** What a key press asks for on the story page, or null. */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  inTextField: boolean,
): Shortcut['action'] | null {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') return 'save';
  if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) return SHORTCUTS.find((s) => s.code === event.code)?.action ?? null;
  if (event.key === '?' && !inTextField && !event.ctrlKey && !event.metaKey && !event.altKey) return 'help';
  return null;
}
