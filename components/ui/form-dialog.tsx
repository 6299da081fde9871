'use client';

import { Dialog } from 'radix-ui';
import type { FormEvent, ReactNode } from 'react';
import { Button } from './button';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The control that opens it, when the dialog has one (a toolbar or workflow button). */
  trigger?: ReactNode;
  title: string;
  description: ReactNode;
  submitLabel: string;
  submitVariant?: 'primary' | 'danger';
  busy?: boolean;
  submitDisabled?: boolean;
  /** The form's error, read out when it appears. */
  error?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Where focus goes on close (the editor, say); by default back to the trigger. */
  onCloseAutoFocus?: (event: Event) => void;
  children: ReactNode;
};

/** A modal form: a title, what it does, its fields, an error line, Cancel and the action. */
export function FormDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  submitLabel,
  submitVariant = 'primary',
  busy,
  submitDisabled,
  error,
  onSubmit,
  onCloseAutoFocus,
  children,
}: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <Dialog.Trigger asChild>{trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          onCloseAutoFocus={onCloseAutoFocus}
          className="fixed left-1/2 top-1/2 z-50 w-[28rem] max-w-[95vw] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl"
        >
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          <Dialog.Description className="mb-3 text-sm text-slate-600">{description}</Dialog.Description>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit(event);
            }}
            className="space-y-3"
          >
            {children}
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="secondary">Cancel</Button>
              </Dialog.Close>
              <Button type="submit" variant={submitVariant} disabled={busy || submitDisabled}>
                {submitLabel}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
