'use server';

import { z } from 'zod';
import { revalidatePublicSite } from '@/lib/cache/revalidate-public';
import { ZId } from '@/lib/text/fields';
import { defineAction } from '@/lib/action';
import { createSection, deleteSection, moveSection, renameSection, setSectionHidden } from '@/lib/sections/mutations';

const refresh = () => revalidatePublicSite();

export const createSectionAction = defineAction({
  permission: 'section.manage',
  schema: z.object({ name: z.string() }),
  run: async (input, viewer) => {
    await createSection(viewer, input);
    await refresh();
  },
  success: 'Section added.',
});
export const renameSectionAction = defineAction({
  permission: 'section.manage',
  schema: z.object({ id: ZId, name: z.string() }),
  run: async (input, viewer) => {
    await renameSection(viewer, input);
    await refresh();
  },
  success: 'Saved.',
});
export const moveSectionAction = defineAction({
  permission: 'section.manage',
  schema: z.object({ id: ZId, direction: z.enum(['up', 'down']) }),
  run: async (input, viewer) => {
    await moveSection(viewer, input);
    await refresh();
  },
});
export const setSectionHiddenAction = defineAction({
  permission: 'section.manage',
  schema: z.object({ id: ZId, hidden: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  run: async (input, viewer) => {
    await setSectionHidden(viewer, input);
    await refresh();
  },
  success: 'Saved.',
});
export const deleteSectionAction = defineAction({
  permission: 'section.manage',
  schema: z.object({ id: ZId, moveTo: ZId.or(z.literal('')).default('') }),
  run: async (input, viewer) => {
    const result = await deleteSection(viewer, input);
    await refresh();
    return result;
  },
  success: 'Section deleted.',
});
