'use client';

import { useState } from 'react';
import { createApiKeyAction } from '@/app/(desk)/desk/api-keys/actions';
import { Button } from '@/components/ui/button';
import { Field, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

/** Creates a key and shows it once: only its hash is kept. */
export function CreateApiKeyForm() {
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<{ message: string; field?: string[] } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-3">
      <form className="flex flex-wrap items-end gap-3" aria-label="Create API key" onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        setError(null);
        try {
          const result = await createApiKeyAction({ name });
          if (result.ok) { setCreated({ name: result.data.name, key: result.data.key }); setName(''); }
          else setError({ message: result.message, field: result.fieldErrors.name });
        } finally {
          setPending(false);
        }
      }}>
        <Field id="api-key-name" label="Name" errors={error?.field} hint="Who uses it: a subscriber, or an agency sending copy.">
          <TextInput id="api-key-name" value={name} onChange={(e) => setName(e.target.value)} invalid={!!error?.field} />
        </Field>
        <Button type="submit" disabled={pending}>Create key</Button>
      </form>
      <FormMessage state={error ? { ok: false, message: error.message } : null} />
      {created ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p>Key for <strong>{created.name}</strong>. Copy it now: it will not be shown again.</p>
          <code data-testid="new-api-key" className="mt-1 block break-all rounded bg-white p-2 font-mono">{created.key}</code>
        </div>
      ) : null}
    </div>
  );
}
