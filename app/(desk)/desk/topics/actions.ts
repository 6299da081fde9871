'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { revalidatePublicSite } from '@/lib/cache/revalidate-public';
import { defineAction } from '@/lib/action';
import { createTopic, updateTopic, ZTopicCreate, ZTopicUpdate } from '@/lib/topics/mutations';

const create = defineAction({ permission: 'topic.manage', schema: ZTopicCreate, run: (input, viewer) => createTopic(viewer, input) });

export async function createTopicForm(formData: FormData) {
  const result = await create(formData);
  if (result.ok) redirect(`/desk/topics/${result.data.id}`);
  return result;
}

export const updateTopicAction = defineAction({
  permission: 'topic.manage',
  schema: ZTopicUpdate.extend({ background: z.string().max(1_000_000) }),
  run: async (input, viewer) => {
    const topic = await updateTopic(viewer, input);
    await revalidatePublicSite();
    return { slug: topic.slug };
  },
  success: 'Topic saved.',
});
