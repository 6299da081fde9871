'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

type Answer = { ok: boolean; message: string; notes?: string[] };

/**
 * "Import iCalendar": the file goes to the import route as it is (a file over the limit
 * is refused before it is sent, and again by the server), and the answer says how many
 * events were added or updated and what was left out.
 */
export function IcsImportForm({ maxBytes }: { maxBytes: number }) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || !file.size) return setAnswer({ ok: false, message: 'Choose an .ics file.' });
    if (file.size > maxBytes)
      return setAnswer({
        ok: false,
        message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; calendars can be at most ${maxBytes / 1024 / 1024} MB.`,
      });
    setBusy(true);
    setAnswer(null);
    try {
      const response = await fetch('/desk/planning/import/file', {
        method: 'POST',
        body: file,
        headers: { 'content-type': 'text/calendar', 'x-file-name': encodeURIComponent(file.name) },
      });
      const body = (await response.json().catch(() => null)) as Answer | null;
      setAnswer(body ?? { ok: false, message: `The import failed (HTTP ${response.status}).` });
    } catch {
      setAnswer({ ok: false, message: 'The newsroom could not be reached. Try again.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={onSubmit} aria-label="Import iCalendar" className="max-w-xl space-y-3">
      <Field
        id="planning-ics-file"
        label="iCalendar file"
        hint={`An .ics file of at most ${maxBytes / 1024 / 1024} MB; repeating events are expanded for the coming year.`}
      >
        <input
          id="planning-ics-file"
          name="file"
          type="file"
          accept=".ics,text/calendar"
          className="block text-sm"
          aria-describedby="planning-ics-file-error"
        />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
        <FormMessage state={answer} />
      </div>
      {answer?.notes?.length ? (
        <ul className="list-disc pl-5 text-sm text-slate-700" aria-label="Import notes">
          {answer.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
