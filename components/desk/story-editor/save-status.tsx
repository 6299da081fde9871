import { cn } from '@/components/ui/cn';
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

export function SaveStatusText({ status, savedAt }: { status: SaveStatus; savedAt: Date | null }) {
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={cn('text-sm font-medium', TONE[status])}>
      <span title={status === 'saved' && savedAt ? `Saved at ${savedAt.toLocaleTimeString('en-GB')}` : undefined}>{TEXT[status]}</span>
    </p>
  );
}
