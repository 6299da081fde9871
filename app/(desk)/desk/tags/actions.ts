'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { revalidatePublicSite } from '@/lib/cache/revalidate-public';
import { defineAction } from '@/lib/action';
import { followReplacedReference } from '@/lib/stories/mutations';
import { addAlias, createTag, deleteTag, mergeTags, removeAlias, updateTag } from '@/lib/tags/mutations';
import { searchTags } from '@/lib/tags/queries';
import { suggestTags, ZSuggestInput } from '@/lib/tags/suggestions';
import { ZId, zQuery } from '@/lib/text/fields';
import { ZAlias, ZMerge, ZTagCreate, ZTagUpdate } from '@/lib/tags/validation';
import { TAG_KINDS } from '@/lib/enums';
import { LANGUAGES } from '@/lib/stories/limits';

const refresh = () => revalidatePath('/desk/tags', 'layout');

export const searchTagsAction = defineAction({
  permission: 'desk.view',
  schema: z.object({ query: zQuery(120), kinds: z.array(z.enum(TAG_KINDS)).optional(), language: z.enum(LANGUAGES).optional() }),
  run: (input, viewer) => searchTags(viewer, input.query, { kinds: input.kinds, language: input.language }),
});

export const suggestTagsAction = defineAction({ permission: 'desk.view', schema: ZSuggestInput, run: (input, viewer) => suggestTags(viewer, input) });

export const createTagAction = defineAction({
  permission: 'tag.create',
  schema: ZTagCreate,
  // No revalidation: the picker uses the result, and refreshing would re-render the story form under the person typing.
  run: (input, viewer) => createTag(viewer, input),
});

export const updateTagAction = defineAction({
  permission: 'tag.edit',
  schema: ZTagUpdate,
  run: async (input, viewer) => {
    await updateTag(viewer, input);
    refresh();
    await revalidatePublicSite();
  },
  success: 'Tag saved.',
});
export const addAliasAction = defineAction({
  permission: 'tag.edit',
  schema: ZAlias,
  run: async (input, viewer) => {
    await addAlias(viewer, input);
    refresh();
  },
  success: 'Alias added.',
});
export const removeAliasAction = defineAction({
  permission: 'tag.edit',
  schema: z.object({ aliasId: ZId }),
  run: async (input, viewer) => {
    await removeAlias(viewer, input);
    refresh();
  },
});
export const mergeTagsAction = defineAction({
  permission: 'tag.merge',
  schema: ZMerge,
  run: async (input, viewer) => {
    const result = await mergeTags(viewer, input);
    // The stories' shared documents follow their rows to the merged tag (lib/tags sits above lib/stories).
    await followReplacedReference(viewer, { tagId: input.sourceId, by: result.target });
    refresh();
    await revalidatePublicSite();
    return result;
  },
});
export const deleteTagAction = defineAction({
  permission: 'tag.delete',
  schema: z.object({ id: ZId }),
  run: async (input, viewer) => {
    await deleteTag(viewer, input);
    refresh();
  },
});
