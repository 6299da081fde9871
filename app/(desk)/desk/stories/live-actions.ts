'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { revalidatePublicSite } from '@/lib/cache/revalidate-public';
import { addEntry, correctEntry, deleteEntry, endLiveCoverage, publishEntry, ZAddEntry, ZCorrectEntry, ZDeleteEntry } from '@/lib/live/mutations';
import { ZId } from '@/lib/text/fields';

/** After a live change: the desk's story page, and readers' pages when the change is public. */
async function refresh(result: { slug: string; public: boolean }, storyId?: string) {
  if (storyId) revalidatePath(`/desk/stories/${storyId}`);
  if (result.public) await revalidatePublicSite(result.slug);
  return result;
}

export const addEntryAction = defineAction({
  permission: 'live.post',
  schema: ZAddEntry,
  run: async (input, viewer) => refresh(await addEntry(viewer, input), input.storyId),
});

export const publishEntryAction = defineAction({
  permission: 'live.publish',
  schema: z.object({ entryId: ZId }),
  run: async (input, viewer) => refresh(await publishEntry(viewer, input.entryId)),
});

export const correctEntryAction = defineAction({
  permission: 'live.publish',
  schema: ZCorrectEntry,
  run: async (input, viewer) => refresh(await correctEntry(viewer, input)),
});

export const deleteEntryAction = defineAction({
  permission: 'live.publish',
  schema: ZDeleteEntry,
  run: async (input, viewer) => refresh(await deleteEntry(viewer, input)),
});

export const endLiveCoverageAction = defineAction({
  permission: 'live.publish',
  schema: z.object({ storyId: ZId }),
  run: async (input, viewer) => refresh(await endLiveCoverage(viewer, input.storyId), input.storyId),
});
