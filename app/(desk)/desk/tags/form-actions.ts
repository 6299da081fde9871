'use server';

import { redirect } from 'next/navigation';
import { deleteTagAction, mergeTagsAction } from './actions';

// Merging and deleting leave the tag's page, so they redirect on success.
export async function mergeTagsForm(formData: FormData) {
  const result = await mergeTagsAction(formData);
  if (result.ok) redirect(`/desk/tags/${result.data.targetId}?merged=1`);
  return result;
}

export async function deleteTagForm(formData: FormData) {
  const result = await deleteTagAction(formData);
  if (result.ok) redirect('/desk/tags?deleted=1');
  return result;
}
