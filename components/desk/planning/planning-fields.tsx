'use client';

import type { ReactNode } from 'react';
import { useFieldErrors } from '@/components/ui/action-form';
import { cn } from '@/components/ui/cn';
import { Field, inputClass, SelectInput, TextInput } from '@/components/ui/field';

/** A labelled text input inside an ActionForm, with its hint and its own errors. */
export function TextField({
  name,
  label,
  defaultValue,
  hint,
  list,
  placeholder,
  disabled,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  hint?: ReactNode;
  list?: string;
  placeholder?: string;
  disabled?: boolean;
}) {
  const errors = useFieldErrors(name);
  const id = `planning-${name}`;
  return (
    <Field id={id} label={label} errors={errors} hint={hint}>
      <TextInput
        id={id}
        name={name}
        defaultValue={defaultValue}
        invalid={!!errors}
        list={list}
        placeholder={placeholder}
        disabled={disabled}
        autoComplete="off"
      />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  defaultValue,
  options,
  hint,
  disabled,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  disabled?: boolean;
}) {
  const errors = useFieldErrors(name);
  const id = `planning-${name}`;
  return (
    <Field id={id} label={label} errors={errors} hint={hint}>
      <SelectInput id={id} name={name} defaultValue={defaultValue} invalid={!!errors} disabled={disabled}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectInput>
    </Field>
  );
}

export function TextAreaField({ name, label, defaultValue, rows = 4 }: { name: string; label: string; defaultValue?: string; rows?: number }) {
  const errors = useFieldErrors(name);
  const id = `planning-${name}`;
  return (
    <Field id={id} label={label} errors={errors}>
      <textarea
        id={id}
        name={name}
        defaultValue={defaultValue}
        rows={rows}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${id}-error`}
        className={cn(inputClass)}
      />
    </Field>
  );
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const errors = useFieldErrors(name);
  return (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" name={name} defaultChecked={defaultChecked} className="h-4 w-4" /> {label}
      </label>
      {errors ? <p className="text-sm text-red-700">{errors.join(' ')}</p> : null}
    </div>
  );
}
