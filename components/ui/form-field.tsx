'use client';

import { useFieldErrors } from './action-form';
import { Field, TextInput } from './field';

/** A labelled text input inside an ActionForm, showing its own errors. */
export function FormTextField({ name, label, defaultValue, id, lang }: { name: string; label: string; defaultValue?: string; id?: string; lang?: string }) {
  const errors = useFieldErrors(name);
  const inputId = id ?? `field-${name}`;
  return (
    <Field id={inputId} label={label} errors={errors}>
      <TextInput id={inputId} name={name} defaultValue={defaultValue} invalid={!!errors} lang={lang} />
    </Field>
  );
}
