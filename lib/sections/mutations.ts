import 'server-only';
import { z } from 'zod';
import { zLine } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { slugify } from '@/lib/text/slug';

export const ZSectionName = zLine(60, 'Keep the name to 60 characters.').min(1, 'Enter a name.');

async function assertFree(name: string, exceptId?: string) {
  const clash = await prisma.section.findFirst({ where: { OR: [{ name: { equals: name, mode: 'insensitive' } }, { slug: slugify(name) }], NOT: exceptId ? { id: exceptId } : undefined } });
  if (clash) throw new AppError('CONFLICT', `A section called “${clash.name}” already exists.`, { name: ['That section already exists.'] });
}

export async function createSection(viewer: Viewer, input: { name: string }) {
  assertCan(viewer, 'section.manage');
  const { name } = parseInput(z.object({ name: ZSectionName }), input);
  await assertFree(name);
  const last = await prisma.section.aggregate({ _max: { position: true } });
  return prisma.section.create({ data: { name, slug: slugify(name), position: (last._max.position ?? -1) + 1 } });
}

/** Renames a section; its slug (and so its public address) stays. */
export async function renameSection(viewer: Viewer, input: { id: string; name: string }) {
  assertCan(viewer, 'section.manage');
  const { name } = parseInput(z.object({ name: ZSectionName }), input);
  await assertFree(name, input.id);
  return prisma.section.update({ where: { id: input.id }, data: { name } });
}

/** Moves a section one place up or down in the navigation. */
export async function moveSection(viewer: Viewer, input: { id: string; direction: 'up' | 'down' }) {
  assertCan(viewer, 'section.manage');
  await prisma.$transaction(async (tx) => {
    const sections = await tx.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } });
    const index = sections.findIndex((s) => s.id === input.id);
    const swap = index + (input.direction === 'up' ? -1 : 1);
    if (index < 0 || swap < 0 || swap >= sections.length) return;
    [sections[index], sections[swap]] = [sections[swap]!, sections[index]!];
    for (const [position, section] of sections.entries()) await tx.section.update({ where: { id: section.id }, data: { position } });
  });
}
