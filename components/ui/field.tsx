import { Label } from 'radix-ui';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { cn } from './cn';
import { FieldPresence } from './field-presence';

export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30 aria-[invalid=true]:border-red-600';

/** A label, a control and the control's errors, announced to screen readers. */
export function Field({ id, label, errors, hint, children }: { id: string; label: string; errors?: string[]; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <div className="flex items-center">
        <Label.Root htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </Label.Root>
        <FieldPresence id={id} />
      </div>
      {children}
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <div id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {errors?.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    </div>
  );
}

export function TextInput({ id, invalid, className, ...props }: InputHTMLAttributes<HTMLInputElement> & { id: string; invalid?: boolean }) {
  return <input id={id} aria-invalid={invalid || undefined} aria-describedby={`${id}-error`} className={cn(inputClass, className)} {...props} />;
}

export function SelectInput({ id, invalid, className, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { id: string; invalid?: boolean }) {
  return <select id={id} aria-invalid={invalid || undefined} aria-describedby={`${id}-error`} className={cn(inputClass, className)} {...props} />;
}
