'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { ZId } from '@/lib/text/fields';
import { draftFromWireItem } from '@/lib/wire/use';

const makeDraft = defineAction({
  permission: 'wire.use',
  schema: z.object({ wireItemId: ZId }),
  run: (input, viewer) => draftFromWireItem(viewer, input.wireItemId),
});

/** Use: the draft made from the item opens in the editor. */
export async function draftFromWireItemAction(formData: FormData) {
  const result = await makeDraft(formData);
  if (result.ok) redirect(`/desk/stories/${result.data.storyId}`);
  return result;
}
