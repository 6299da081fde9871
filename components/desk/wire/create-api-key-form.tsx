'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import type { FieldErrors } from '@/lib/errors';

const SCOPES = [
  { value: 'READ', label: 'Read stories (embargoed copy included)' },
  { value: 'INGEST', label: 'Send wire copy' },
] as const;

/** Creates a key with its scopes, the sources it may send copy for and an optional expiry, and shows it once: only its hash is kept. */
export function CreateApiKeyForm({
  action,
}: {
  action: (input: { name: string; scopes: string[]; expiresOn: string; sources: string }) => Promise<ActionResult<{ name: string; key: string }>>;
}) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['READ']);
  const [expiresOn, setExpiresOn] = useState('');
  const [sources, setSources] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<{ message: string; fields: FieldErrors } | null>(null);
  const [pending, setPending] = useState(false);
  const toggle = (scope: string, on: boolean) => setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-4"
        aria-label="Create API key"
        onSubmit={async (event) => {
          event.preventDefault();
          setPending(true);
          setError(null);
          try {
            const result = await action({ name, scopes, expiresOn, sources: scopes.includes('INGEST') ? sources : '' });
            if (result.ok) {
              setCreated({ name: result.data.name, key: result.data.key });
              setName('');
              setExpiresOn('');
              setSources('');
            } else setError({ message: result.message, fields: result.fieldErrors });
          } finally {
            setPending(false);
          }
        }}
      >
        <Field id="api-key-name" label="Name" errors={error?.fields.name} hint="Who uses it: a subscriber, or an agency sending copy.">
          <TextInput id="api-key-name" value={name} onChange={(e) => setName(e.target.value)} invalid={!!error?.fields.name} />
        </Field>
        <fieldset className="text-sm" aria-describedby={error?.fields.scopes ? 'api-key-scopes-error' : undefined}>
          <legend className="mb-1 font-medium text-slate-800">The key may</legend>
          {SCOPES.map((scope) => (
            <label key={scope.value} className="mr-4 inline-flex items-center gap-1.5">
              <input type="checkbox" checked={scopes.includes(scope.value)} onChange={(e) => toggle(scope.value, e.target.checked)} />
              {scope.label}
            </label>
          ))}
          {error?.fields.scopes ? (
            <p id="api-key-scopes-error" className="text-red-700">
              {error.fields.scopes[0]}
            </p>
          ) : null}
        </fieldset>
        {scopes.includes('INGEST') ? (
          <Field
            id="api-key-sources"
            label="Sources it may send copy for"
            errors={error?.fields.sources}
            hint="Agencies, separated by commas (dpa, AFP): copy naming another source is refused. Empty: its copy is filed under the key's name."
          >
            <TextInput id="api-key-sources" value={sources} onChange={(e) => setSources(e.target.value)} invalid={!!error?.fields.sources} />
          </Field>
        ) : null}
        <Field id="api-key-expires" label="Expires after" errors={error?.fields.expiresOn} hint="Optional: the last day it works (YYYY-MM-DD, newsroom time).">
          <TextInput
            id="api-key-expires"
            placeholder="YYYY-MM-DD"
            inputMode="numeric"
            autoComplete="off"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
            invalid={!!error?.fields.expiresOn}
          />
        </Field>
        <Button type="submit" disabled={pending}>
          Create key
        </Button>
      </form>
      <FormMessage state={error ? { ok: false, message: error.message } : null} />
      {created ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p>
            Key for <strong>{created.name}</strong>. Copy it now: it will not be shown again.
          </p>
          <code data-testid="new-api-key" className="mt-1 block break-all rounded bg-white p-2 font-mono">
            {created.key}
          </code>
        </div>
      ) : null}
    </div>
  );
}
