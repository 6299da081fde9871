'use client';

import { ActionForm } from '@/components/ui/action-form';
import type { ActionResult } from '@/lib/action';
import { SelectField, TextAreaField, TextField } from './planning-fields';

export type CoverageFormValues = {
  id?: string;
  eventId: string;
  slug: string;
  headline: string;
  language: string;
  priority: string;
  sectionId: string;
  assigneeId: string;
  dueAt: string;
  status: string;
  note: string;
};
type Option = { value: string; label: string };

/** "Add coverage" and its edit form. Without `planning.assign` the assignee cannot be changed here. */
export function CoverageForm({
  action,
  values,
  submitLabel,
  label,
  options,
  canAssign,
  fixedEvent,
}: {
  action: (input: FormData) => Promise<ActionResult<unknown>>;
  values: CoverageFormValues;
  submitLabel: string;
  label: string;
  options: { languages: Option[]; priorities: Option[]; sections: Option[]; assignees: Option[]; statuses: Option[]; events: Option[] };
  canAssign: boolean;
  /** On an event's page the coverage belongs to that event. */
  fixedEvent?: boolean;
}) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} label={label} resetOnSuccess={!values.id} className="space-y-3">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {fixedEvent ? (
        <>
          <input type="hidden" name="eventId" value={values.eventId} />
          <input type="hidden" name="stay" value="event" />
        </>
      ) : (
        <SelectField
          name="eventId"
          label="Event"
          defaultValue={values.eventId}
          options={[{ value: '', label: 'No event (coverage on its own)' }, ...options.events]}
        />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="slug" label="Slug" defaultValue={values.slug} placeholder="RUSSIA-ARMENIA-TALKS" />
        <TextField name="dueAt" label="Due" defaultValue={values.dueAt} placeholder="2026-12-09 15:00" hint="Newsroom time, YYYY-MM-DD HH:MM" />
      </div>
      <TextField name="headline" label="Headline" defaultValue={values.headline} hint="What the story will say, as planned (optional)" />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="language" label="Language" defaultValue={values.language} options={options.languages} />
        <SelectField name="priority" label="Priority" defaultValue={values.priority} options={options.priorities} />
        <SelectField name="sectionId" label="Desk" defaultValue={values.sectionId} options={[{ value: '', label: 'No desk' }, ...options.sections]} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {canAssign ? (
          <SelectField
            name="assigneeId"
            label="Assignee"
            defaultValue={values.assigneeId}
            options={[{ value: '', label: 'Nobody yet' }, ...options.assignees]}
          />
        ) : (
          <input type="hidden" name="assigneeId" value={values.assigneeId} />
        )}
        <SelectField
          name="status"
          label="Status"
          defaultValue={values.status}
          options={[{ value: '', label: 'Planned, or assigned once someone is named' }, ...options.statuses]}
        />
      </div>
      <TextAreaField name="note" label="Note" defaultValue={values.note} rows={2} />
    </ActionForm>
  );
}
