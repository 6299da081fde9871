'use client';

import { Dialog } from 'radix-ui';
import { Button } from '@/components/ui/button';
import { SHORTCUTS } from './shortcuts';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The story page's shortcuts unless given (the desk list has its own). */
  shortcuts?: readonly { keys: string; label: string }[];
  description?: string;
  /** Where the focus goes on closing, when not back to the dialog's button (it was opened with a key elsewhere). */
  onCloseAutoFocus?: (event: Event) => void;
};

/** The "Keyboard shortcuts" dialog (opened with `?` or its button). */
export function ShortcutsDialog({
  open,
  onOpenChange,
  shortcuts = SHORTCUTS,
  description = 'On a story page. Workflow moves work when the move is open to you now.',
  onCloseAutoFocus,
}: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="sm" aria-keyshortcuts="?">
          Keyboard shortcuts
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          onCloseAutoFocus={onCloseAutoFocus}
          className="fixed left-1/2 top-1/2 z-50 w-[28rem] max-w-[95vw] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl"
        >
          <Dialog.Title className="text-lg font-semibold">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="mb-3 text-sm text-slate-600">{description}</Dialog.Description>
          <table className="w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Does</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.map((s) => (
                <tr key={s.keys} className="border-t border-slate-100">
                  <td className="py-1.5 pr-3">
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{s.keys}</kbd>
                  </td>
                  <td className="py-1.5">{s.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="mt-4 flex justify-end">
            <Dialog.Close asChild>
              <Button variant="secondary">Close</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
