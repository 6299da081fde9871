'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';

/**
 * Submits a form to a Server Action without React's automatic form reset, so a
 * refused submission keeps everything the person typed. The form is cleared only
 * after a successful submission, and only when asked to.
 */
export function useFormAction<S extends { ok: boolean } | null>(
  action: (previous: Awaited<S>, formData: FormData) => Promise<S>,
  initial: Awaited<S>,
  options: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && options.resetOnSuccess) formRef.current?.reset();
  }, [state, options.resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, formProps: { ref: formRef, onSubmit } };
}
