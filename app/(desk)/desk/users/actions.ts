'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction, type ActionResult } from '@/lib/action';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { ZId } from '@/lib/text/fields';
import { createUser, unlockSignIn, updateUser } from '@/lib/users/mutations';
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

const signOutEverywhere = defineAction({
  permission: 'user.manage',
  schema: z.object({ id: ZId }),
  run: (input, viewer) => revokeAllSessions(viewer, input.id),
  success: 'Signed out everywhere.',
});

const unlock = defineAction({
  permission: 'user.manage',
  schema: z.object({ id: ZId }),
  run: (input, viewer) => unlockSignIn(viewer, input),
  success: 'Sign-in unlocked.',
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

export async function signOutUserEverywhereAction(_previous: unknown, formData: FormData): Promise<ActionResult<unknown>> {
  const result = await signOutEverywhere(formData);
  if (result.ok) revalidatePath('/desk/users');
  return result;
}

export async function unlockSignInAction(_previous: unknown, formData: FormData): Promise<ActionResult<unknown>> {
  const result = await unlock(formData);
  if (result.ok) revalidatePath('/desk/users');
  return result;
}
