'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { ZId } from '@/lib/text/fields';
import { useWireItem } from '@/lib/wire/use';

const use = defineAction({
  permission: 'wire.use',
  schema: z.object({ wireItemId: ZId }),
  run: (input, viewer) => useWireItem(viewer, input.wireItemId),
});

/** Use: the draft made from the item opens in the editor. */
export async function useWireItemAction(formData: FormData) {
  const result = await use(formData);
  if (result.ok) redirect(`/desk/stories/${result.data.storyId}`);
  return result;
}
