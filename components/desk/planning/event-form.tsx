'use client';

import { ActionForm } from '@/components/ui/action-form';
import type { ActionResult } from '@/lib/action';
import { CheckboxField, SelectField, TextAreaField, TextField } from './planning-fields';

export type EventFormValues = {
  id?: string;
  title: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  timeZone: string;
  place: string;
  topicId: string;
  tags: string;
  notes: string;
  wireItemId?: string;
};

/** The event's fields: times in the event's own time zone (any IANA name; the list offers them all). */
export function EventForm({
  action,
  values,
  topics,
  timeZones,
  submitLabel,
  label,
}: {
  action: (input: FormData) => Promise<ActionResult<unknown>>;
  values: EventFormValues;
  topics: { id: string; title: string }[];
  timeZones: string[];
  submitLabel: string;
  label: string;
}) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} label={label} className="max-w-2xl space-y-3">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.wireItemId ? <input type="hidden" name="wireItemId" value={values.wireItemId} /> : null}
      <TextField name="title" label="Title" defaultValue={values.title} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="startsAt"
          label="Starts"
          defaultValue={values.startsAt}
          placeholder="2026-12-09 15:00"
          hint="YYYY-MM-DD HH:MM in the event's time zone (a date alone for an all-day event)"
        />
        <TextField name="endsAt" label="Ends" defaultValue={values.endsAt} placeholder="2026-12-09 17:00" hint="Optional; for an all-day event, the last day" />
      </div>
      <CheckboxField name="allDay" label="All day" defaultChecked={values.allDay} />
      <TextField
        name="timeZone"
        label="Time zone"
        defaultValue={values.timeZone}
        list="planning-time-zones"
        hint="Where it happens, e.g. Europe/Moscow, Asia/Yerevan, UTC"
      />
      <datalist id="planning-time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextField name="place" label="Place" defaultValue={values.place} placeholder="Kremlin, Moscow" />
      <SelectField
        name="topicId"
        label="Topic"
        defaultValue={values.topicId}
        options={[{ value: '', label: 'No topic' }, ...topics.map((t) => ({ value: t.id, label: t.title }))]}
      />
      <TextField name="tags" label="Tags" defaultValue={values.tags} hint="Tag names or aliases, separated by commas" />
      <TextAreaField name="notes" label="Notes" defaultValue={values.notes} />
    </ActionForm>
  );
}
