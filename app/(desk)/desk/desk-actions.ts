'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { applyBulkAction, ZBulkAction } from '@/lib/stories/bulk';
import { deleteView, saveView, ZDeleteView, ZSaveView } from '@/lib/views/mutations';

export const bulkAction = defineAction({
  permission: 'desk.view', // each story's change is checked on its own, like one made by hand
  schema: ZBulkAction,
  run: async (input, viewer) => {
    const outcome = await applyBulkAction(viewer, input);
    revalidatePath('/desk');
    return outcome;
  },
});

export const saveViewAction = defineAction({
  permission: 'desk.view',
  schema: ZSaveView,
  run: async (input, viewer) => {
    const view = await saveView(viewer, input);
    revalidatePath('/desk');
    return view;
  },
  success: 'View saved.',
});

export const deleteViewAction = defineAction({
  permission: 'desk.view',
  schema: ZDeleteView,
  run: async (input, viewer) => {
    await deleteView(viewer, input.id);
    revalidatePath('/desk');
  },
});
