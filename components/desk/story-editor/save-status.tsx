import { cn } from '@/components/ui/cn';
import { describeHeld } from '@/lib/stories/shared-doc/held';
import type { SaveState, SaveStatus } from '../collab/use-save-state';
import { useFormatDeskTime } from '../desk-clock';

const TEXT: Record<Exclude<SaveStatus, 'held' | 'failed'>, string> = {
  opening: 'Opening…',
  saved: 'Saved',
  saving: 'Saving…',
  keeping: 'Offline — keeping changes on this device…',
  offline: 'Offline — changes kept on this device',
};

const TONE: Record<SaveStatus, string> = {
  opening: 'text-slate-600',
  saved: 'text-green-800',
  saving: 'text-slate-600',
  keeping: 'text-amber-800',
  offline: 'text-amber-800',
  held: 'text-red-800',
  failed: 'text-red-800',
};

/** What the server says of the story's text: "Saved" only when it wrote every edit made here and held nothing back. */
export function SaveStatusText({ save }: { save: Pick<SaveState, 'status' | 'held' | 'failure' | 'savedAt'> }) {
  const format = useFormatDeskTime();
  const text =
    save.status === 'held'
      ? describeHeld(save.held)
      : save.status === 'failed'
        ? `Not saved — ${save.failure ?? 'the server could not store the story.'}`
        : TEXT[save.status];
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={cn('text-sm font-medium', TONE[save.status])}>
      <span title={save.status === 'saved' && save.savedAt ? `Saved at ${format(save.savedAt)}` : undefined}>{text}</span>
    </p>
  );
}
