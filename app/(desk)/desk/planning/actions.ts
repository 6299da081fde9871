'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { createCoverage, updateCoverage } from '@/lib/planning/coverage-mutations';
import { createEvent, setEventCancelled, updateEvent } from '@/lib/planning/event-mutations';
import { startCoverageStory } from '@/lib/planning/start-story';
import { ZCoverage, ZEvent } from '@/lib/planning/validation';
import { ZId } from '@/lib/text/fields';

/** A form that edits a record: its id beside the record's fields, each refusal under its own field. */
const withId = <S extends z.ZodType>(schema: S) =>
  z
    .object({ id: ZId })
    .loose()
    .transform((raw, ctx) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
        return z.NEVER;
      }
      return { id: raw.id, input: parsed.data as z.output<S> };
    });

const addEvent = defineAction({ permission: 'planning.plan', schema: ZEvent, run: (input, viewer) => createEvent(viewer, input) });
const editEvent = defineAction({
  permission: 'planning.plan',
  schema: withId(ZEvent),
  run: ({ id, input }, viewer) => updateEvent(viewer, id, input),
  success: 'Event saved.',
});
const cancelEvent = defineAction({
  permission: 'planning.plan',
  schema: z.object({ id: ZId, cancel: z.enum(['true', 'false']) }),
  run: ({ id, cancel }, viewer) => setEventCancelled(viewer, id, cancel === 'true'),
});
const addCoverage = defineAction({ permission: 'planning.plan', schema: ZCoverage, run: (input, viewer) => createCoverage(viewer, input) });
const editCoverage = defineAction({
  permission: 'planning.plan',
  schema: withId(ZCoverage),
  run: ({ id, input }, viewer) => updateCoverage(viewer, id, input),
  success: 'Coverage saved.',
});
const startStory = defineAction({ permission: 'coverage.start', schema: z.object({ id: ZId }), run: ({ id }, viewer) => startCoverageStory(viewer, id) });

/** "Add event" (and "Plan from this"): the new event opens. */
export async function createEventAction(formData: FormData) {
  const result = await addEvent(formData);
  if (result.ok) redirect(`/desk/planning/events/${result.data.id}`);
  return result;
}

export async function updateEventAction(formData: FormData) {
  const result = await editEvent(formData);
  if (result.ok) revalidatePath('/desk/planning', 'layout');
  return result;
}

export async function cancelEventAction(formData: FormData) {
  const result = await cancelEvent(formData);
  if (result.ok) revalidatePath('/desk/planning', 'layout');
  return result.ok ? { ...result, message: formData.get('cancel') === 'true' ? 'Event cancelled.' : 'Event reinstated.' } : result;
}

/** "Add coverage": on an event's page it joins the list there (the form clears for the next); on its own, its page opens. */
export async function createCoverageAction(formData: FormData) {
  const result = await addCoverage(formData);
  if (!result.ok) return result;
  if (formData.get('stay') !== 'event') redirect(`/desk/planning/coverage/${result.data.id}`);
  revalidatePath('/desk/planning', 'layout');
  return { ...result, message: 'Coverage added.' };
}

export async function updateCoverageAction(formData: FormData) {
  const result = await editCoverage(formData);
  if (result.ok) revalidatePath('/desk/planning', 'layout');
  return result;
}

/** "Start story": the linked story opens in the editor. */
export async function startStoryAction(formData: FormData) {
  const result = await startStory(formData);
  if (result.ok) redirect(`/desk/stories/${result.data.storyId}`);
  return result;
}
