import { cn } from '@/components/ui/cn';
import { useFormatDeskTime } from '../desk-clock';
import type { SaveStatus } from './autosave-machine';

const TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  offline: 'Offline — changes kept on this device',
  conflict: 'Conflict',
  invalid: 'Not saved — see the errors',
};

const TONE: Record<SaveStatus, string> = {
  saved: 'text-green-800', dirty: 'text-slate-600', saving: 'text-slate-600',
  offline: 'text-amber-800', conflict: 'text-red-800', invalid: 'text-red-800',
};

export function SaveStatusText({ status, savedAt, held = [] }: { status: SaveStatus; savedAt: Date | null; held?: string[] }) {
  const format = useFormatDeskTime();
  const except = status === 'saved' && held.length ? ` — except the ${held.join(' and ')}, which is too long` : '';
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={cn('text-sm font-medium', except ? 'text-red-800' : TONE[status])}>
      <span title={status === 'saved' && savedAt ? `Saved at ${format(savedAt)}` : undefined}>{TEXT[status]}{except}</span>
    </p>
  );
}
