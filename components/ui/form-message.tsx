import { cn } from './cn';

/** The outcome of a form: an error is an alert, a success a polite status. */
export function FormMessage({ state }: { state?: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return null;
  return (
    <p role={state.ok ? 'status' : 'alert'} className={cn('rounded-md px-3 py-2 text-sm', state.ok ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800')}>
      {state.message}
    </p>
  );
}
