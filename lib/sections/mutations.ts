import 'server-only';
import { z } from 'zod';
import { zLine } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { followReplacedReference } from '@/lib/stories/mutations';
import { AppError, parseInput } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { slugify } from '@/lib/text/slug';

export const ZSectionName = zLine(60, 'Keep the name to 60 characters.').min(1, 'Enter a name.');

async function assertFree(name: string, exceptId?: string) {
  const clash = await prisma.section.findFirst({
    where: { OR: [{ name: { equals: name, mode: 'insensitive' } }, { slug: slugify(name) }], NOT: exceptId ? { id: exceptId } : undefined },
  });
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

/** Hides a section from readers (navigation, its page and feeds) or shows it again; its stories keep it. */
export async function setSectionHidden(viewer: Viewer, input: { id: string; hidden: boolean }) {
  assertCan(viewer, 'section.manage');
  const section = await prisma.section.findUnique({ where: { id: input.id }, select: { name: true } });
  if (!section) throw new AppError('NOT_FOUND', 'That section no longer exists.');
  await prisma.$transaction([
    prisma.section.update({ where: { id: input.id }, data: { hidden: input.hidden } }),
    prisma.auditEvent.create({ data: { actorId: viewer.id, action: input.hidden ? 'section.hide' : 'section.show', note: section.name } }),
  ]);
}

/**
 * Deletes a section. Its stories (working copies and what readers see) move to another
 * section first, chosen by the admin; a section with stories is never deleted without one.
 */
export async function deleteSection(viewer: Viewer, input: { id: string; moveTo: string }) {
  assertCan(viewer, 'section.manage');
  const result = await prisma.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id: input.id }, select: { name: true, _count: { select: { stories: true, publications: true } } } });
    if (!section) throw new AppError('NOT_FOUND', 'That section no longer exists.');
    const stories = section._count.stories + section._count.publications;
    if (input.moveTo === input.id) throw new AppError('INVALID_INPUT', 'Choose another section.', { moveTo: ['Choose another section.'] });
    const target = input.moveTo ? await tx.section.findUnique({ where: { id: input.moveTo }, select: { name: true } }) : null;
    if (stories > 0 && !target) {
      throw new AppError('INVALID_INPUT', `“${section.name}” has ${section._count.stories} stories: choose the section they move to first.`, {
        moveTo: ['Choose the section its stories move to.'],
      });
    }
    if (target) {
      await tx.story.updateMany({ where: { sectionId: input.id }, data: { sectionId: input.moveTo } });
      await tx.publication.updateMany({ where: { sectionId: input.id }, data: { sectionId: input.moveTo } });
    }
    await tx.section.delete({ where: { id: input.id } });
    await tx.auditEvent.create({
      data: { actorId: viewer.id, action: 'section.delete', note: target ? `${section.name} (stories moved to ${target.name})` : section.name },
    });
    return { moved: section._count.stories, to: target?.name ?? null };
  });
  // The stories' shared documents follow their rows to the new section.
  if (result.to) await followReplacedReference(viewer, { sectionId: input.id, by: input.moveTo });
  return result;
}
