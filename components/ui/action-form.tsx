'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/action';
import { Button } from './button';
import { FormMessage } from './form-message';
import { useFormAction } from './use-form-action';

type Result = ActionResult<unknown> | null;
const ErrorsContext = createContext<Record<string, string[]>>({});

/** Field errors of the surrounding ActionForm's last submission, by field name. */
export const useFieldErrors = (name: string) => useContext(ErrorsContext)[name];

/**
 * A form posting to a Server Action (one that takes FormData and returns an
 * ActionResult): keeps what was typed when refused, shows the message and field
 * errors, and optionally clears itself after success.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  label,
  resetOnSuccess,
  variant,
  className,
  confirm,
}: {
  action: (input: FormData) => Promise<ActionResult<unknown>>;
  submitLabel: string;
  children?: ReactNode;
  label?: string;
  resetOnSuccess?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
  confirm?: string;
}) {
  const { state, pending, formProps } = useFormAction<Result>(async (_previous, formData) => action(formData), null, { resetOnSuccess });
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <ErrorsContext.Provider value={errors}>
      <form
        {...formProps}
        onSubmit={(event) => {
          if (confirm && !window.confirm(confirm)) {
            event.preventDefault();
            return;
          }
          formProps.onSubmit(event);
        }}
        aria-label={label}
        className={className ?? 'space-y-3'}
      >
        {children}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant={variant ?? 'primary'} size="sm" disabled={pending}>
            {submitLabel}
          </Button>
          <FormMessage state={state && (state.ok ? (state.message ? { ok: true, message: state.message } : null) : state)} />
        </div>
      </form>
    </ErrorsContext.Provider>
  );
}
