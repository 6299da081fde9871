'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { updateImageDetails, ZImageDetails } from '@/lib/assets/mutations';
import { revalidatePublicSite } from '@/lib/cache/revalidate-public';

export const updateImageAction = defineAction({
  permission: 'asset.upload',
  schema: ZImageDetails,
  run: async (input, viewer) => {
    const result = await updateImageDetails(viewer, input);
    revalidatePath(`/desk/media/${input.id}`);
    // Captions, credits, alt text and rights show on the public pages of the stories using it
    // (each story's keys; past 20 stories, the whole site at once).
    if (result.shownIn.length > 20) await revalidatePublicSite(null);
    else for (const slug of result.shownIn) await revalidatePublicSite(slug);
    return { id: result.id, refocused: result.refocused };
  },
  success: 'Image saved.',
});
