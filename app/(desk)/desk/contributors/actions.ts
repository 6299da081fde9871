'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { createContributor, updateContributor } from '@/lib/bylines/mutations';
import { revalidatePublicSite } from '@/lib/cache/revalidate-public';
import { ZId } from '@/lib/text/fields';

const fields = { name: z.string(), slug: z.string().default(''), bio: z.string().default('') };

export const createContributorAction = defineAction({
  permission: 'contributor.manage',
  schema: z.object(fields),
  run: async (input, viewer) => {
    await createContributor(viewer, input);
    revalidatePath('/desk/contributors');
  },
  success: 'Contributor added.',
});
// A name, address or bio shows on every story page that names them: the public pages are expired.
export const updateContributorAction = defineAction({
  permission: 'contributor.manage',
  schema: z.object({ id: ZId, ...fields }),
  run: async (input, viewer) => {
    await updateContributor(viewer, input);
    revalidatePath('/desk/contributors');
    await revalidatePublicSite();
  },
  success: 'Saved.',
});
