import type { WorkflowAction } from '@/lib/stories/workflow';

/** The story page's keyboard shortcuts, as the dialog lists them and the handler reads them. */
export const SHORTCUTS: { keys: string; label: string; action: 'save' | 'help' | WorkflowAction }[] = [
  { keys: 'Ctrl+S / ⌘+S', label: 'Save now', action: 'save' },
  { keys: 'Alt+Shift+R', label: 'Submit for review', action: 'submit' },
  { keys: 'Alt+Shift+A', label: 'Approve', action: 'approve' },
  { keys: 'Alt+Shift+P', label: 'Publish', action: 'publish' },
  { keys: 'Alt+Shift+C', label: 'Request changes', action: 'requestChanges' },
  { keys: '?', label: 'Show these shortcuts (outside a text field)', action: 'help' },
];

const WORKFLOW_KEYS: Record<string, WorkflowAction> = { KeyR: 'submit', KeyA: 'approve', KeyP: 'publish', KeyC: 'requestChanges' };

/** What a key press asks for on the story page, or null. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, inTextField: boolean): 'save' | 'help' | WorkflowAction | null {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') return 'save';
  if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) return WORKFLOW_KEYS[event.code] ?? null;
  if (event.key === '?' && !inTextField && !event.ctrlKey && !event.metaKey && !event.altKey) return 'help';
  return null;
}
