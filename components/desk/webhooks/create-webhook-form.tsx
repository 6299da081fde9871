'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import type { FieldErrors } from '@/lib/errors';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from '@/lib/webhooks/events';

type Input = { url: string; events: string[]; description: string };

/** Registers an endpoint for chosen events and shows its signing secret once. */
export function CreateWebhookForm({ action }: { action: (input: Input) => Promise<ActionResult<{ url: string; secret: string }>> }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>([...WEBHOOK_EVENTS]);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [error, setError] = useState<{ message: string; fields: FieldErrors } | null>(null);
  const [pending, setPending] = useState(false);
  const toggle = (event: string, on: boolean) => setEvents((current) => (on ? [...current, event] : current.filter((e) => e !== event)));
  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-4"
        aria-label="Add webhook"
        onSubmit={async (submit) => {
          submit.preventDefault();
          setPending(true);
          setError(null);
          try {
            const result = await action({ url, events, description });
            if (result.ok) {
              setCreated(result.data);
              setUrl('');
              setDescription('');
            } else setError({ message: result.message, fields: result.fieldErrors });
          } finally {
            setPending(false);
          }
        }}
      >
        <Field id="webhook-url" label="Endpoint URL" errors={error?.fields.url} hint="http or https; deliveries are POSTed as JSON.">
          <TextInput id="webhook-url" type="url" className="w-96" value={url} onChange={(e) => setUrl(e.target.value)} invalid={!!error?.fields.url} />
        </Field>
        <Field id="webhook-description" label="Description" errors={error?.fields.description} hint="Optional: who receives it.">
          <TextInput id="webhook-description" value={description} onChange={(e) => setDescription(e.target.value)} invalid={!!error?.fields.description} />
        </Field>
        <fieldset className="text-sm" aria-describedby={error?.fields.events ? 'webhook-events-error' : undefined}>
          <legend className="mb-1 font-medium text-slate-800">Send when</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="mr-4 inline-flex items-center gap-1.5">
              <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} />
              {WEBHOOK_EVENT_LABELS[event]}
            </label>
          ))}
          {error?.fields.events ? (
            <p id="webhook-events-error" className="text-red-700">
              {error.fields.events[0]}
            </p>
          ) : null}
        </fieldset>
        <Button type="submit" disabled={pending}>
          Add webhook
        </Button>
      </form>
      <FormMessage state={error ? { ok: false, message: error.message } : null} />
      {created ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p>
            Signing secret for <strong>{created.url}</strong>. Copy it now: it will not be shown again.
          </p>
          <code data-testid="webhook-secret" className="mt-1 block break-all rounded bg-white p-2 font-mono">
            {created.secret}
          </code>
        </div>
      ) : null}
    </div>
  );
}
