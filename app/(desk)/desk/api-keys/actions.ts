'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { createApiKey, revokeApiKey, setApiKeySources, ZApiKeySources, ZCreateApiKey } from '@/lib/apikeys/mutations';
import { ZId } from '@/lib/text/fields';

export const createApiKeyAction = defineAction({
  permission: 'apikey.manage',
  schema: ZCreateApiKey,
  run: async (input, viewer) => {
    const created = await createApiKey(viewer, input);
    revalidatePath('/desk/api-keys');
    return created;
  },
});

const revoke = defineAction({
  permission: 'apikey.manage',
  schema: z.object({ id: ZId }),
  run: async (input, viewer) => {
    await revokeApiKey(viewer, input.id);
    revalidatePath('/desk/api-keys');
    return null;
  },
  success: 'Key revoked.',
});

export async function revokeApiKeyAction(formData: FormData) {
  return revoke(formData);
}

const setSources = defineAction({
  permission: 'apikey.manage',
  schema: ZApiKeySources,
  run: async (input, viewer) => {
    await setApiKeySources(viewer, input);
    revalidatePath('/desk/api-keys');
    return null;
  },
  success: 'Sources saved.',
});

export async function setApiKeySourcesAction(formData: FormData) {
  return setSources(formData);
}
