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
    // Captions, credits, alt text and rights show on public pages that use the image.
    await revalidatePublicSite(null);
    return result;
  },
  success: 'Image saved.',
});

