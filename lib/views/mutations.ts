import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZId, zLine } from '@/lib/text/fields';
import { viewParams, viewQueryOf } from './query';

export const ZSaveView = z.object({
  name: zLine(60, 'Keep the name to 60 characters.').refine((name) => name.length > 0, 'Give the view a name.'),
  shared: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
  query: z.string().max(2000),
});

/** Saves the desk's current filters under a name, for this person or the whole desk. */
export async function saveView(viewer: Viewer, input: z.output<typeof ZSaveView>) {
  assertCan(viewer, 'desk.view');
  const query = viewQueryOf(viewParams(input.query));
  if (!query)
    throw new AppError('INVALID_INPUT', 'Choose some filters first.', { name: ['Choose some filters first: a view of everything is the Stories page.'] });
  try {
    return await prisma.savedView.create({
      data: { name: input.name, shared: input.shared, query, ownerId: viewer.id },
      select: { id: true, name: true, query: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', `You already have a view named “${input.name}”.`, { name: [`You already have a view named “${input.name}”.`] });
    }
    throw error;
  }
}

export const ZDeleteView = z.object({ id: ZId });

/** Deletes a view: its owner may, and an admin may delete a shared one. */
export async function deleteView(viewer: Viewer, id: string) {
  assertCan(viewer, 'desk.view');
  const view = await prisma.savedView.findUnique({ where: { id }, select: { ownerId: true, shared: true } });
  if (!view) throw new AppError('NOT_FOUND', 'That view no longer exists.');
  if (view.ownerId !== viewer.id && !(view.shared && viewer.role === 'ADMIN')) throw new AppError('FORBIDDEN', 'Only its owner can delete this view.');
  await prisma.savedView.delete({ where: { id } });
}
