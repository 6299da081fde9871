'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { addComment, replyToComment, setCommentResolved, ZAddComment, ZReply, ZResolve } from '@/lib/comments/mutations';

const refresh = (storyId: string) => revalidatePath(`/desk/stories/${storyId}`);

export const addCommentAction = defineAction({
  permission: 'comment.create',
  schema: ZAddComment,
  run: async (input, viewer) => {
    const created = await addComment(viewer, input);
    refresh(input.storyId);
    return created;
  },
});

export const replyToCommentAction = defineAction({
  permission: 'comment.create',
  schema: ZReply,
  run: async (input, viewer) => {
    const reply = await replyToComment(viewer, input);
    refresh(reply.storyId);
    return { id: reply.id };
  },
});

export const setCommentResolvedAction = defineAction({
  permission: 'comment.resolve',
  schema: ZResolve,
  run: async (input, viewer) => {
    const { storyId } = await setCommentResolved(viewer, input);
    refresh(storyId);
    return null;
  },
});
