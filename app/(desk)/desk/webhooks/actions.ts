'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { ZId } from '@/lib/text/fields';
import { createWebhook, deleteWebhook, redeliver, setWebhookActive, ZCreateWebhook } from '@/lib/webhooks/mutations';

export const createWebhookAction = defineAction({
  permission: 'webhook.manage',
  schema: ZCreateWebhook,
  run: async (input, viewer) => {
    const created = await createWebhook(viewer, input);
    revalidatePath('/desk/webhooks');
    return created;
  },
});

const setActive = defineAction({
  permission: 'webhook.manage',
  schema: z.object({ id: ZId, active: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  run: async (input, viewer) => {
    await setWebhookActive(viewer, input.id, input.active);
    revalidatePath('/desk/webhooks');
    return null;
  },
});
export async function setWebhookActiveAction(formData: FormData) {
  return setActive(formData);
}

const remove = defineAction({
  permission: 'webhook.manage',
  schema: z.object({ id: ZId }),
  run: async (input, viewer) => {
    await deleteWebhook(viewer, input.id);
    revalidatePath('/desk/webhooks');
    return null;
  },
});
export async function deleteWebhookAction(formData: FormData) {
  return remove(formData);
}

const again = defineAction({
  permission: 'webhook.manage',
  schema: z.object({ deliveryId: ZId }),
  run: async (input, viewer) => {
    await redeliver(viewer, input.deliveryId);
    revalidatePath('/desk/webhooks');
    return null;
  },
  success: 'Queued again.',
});
export async function redeliverAction(formData: FormData) {
  return again(formData);
}
