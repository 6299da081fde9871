'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, type ActionResult } from '@/lib/action';
import { createUser, updateUser } from '@/lib/users/mutations';
import { ZUserCreate, ZUserUpdate } from '@/lib/users/validation';

const create = defineAction({
  permission: 'user.manage',
  schema: ZUserCreate,
  run: (input, viewer) => createUser(viewer, input),
  success: 'User created.',
});

const update = defineAction({
  permission: 'user.manage',
  schema: ZUserUpdate,
  run: (input, viewer) => updateUser(viewer, input),
  success: 'User saved.',
});

export async function createUserAction(_previous: unknown, formData: FormData): Promise<ActionResult<unknown>> {
  const result = await create(formData);
  if (result.ok) revalidatePath('/desk/users');
  return result;
}

export async function updateUserAction(_previous: unknown, formData: FormData): Promise<ActionResult<unknown>> {
  if (!formData.has('active')) formData.set('active', 'false');
  const result = await update(formData);
  if (result.ok) revalidatePath('/desk/users');
  return result;
}
