import 'server-only';
import { prisma } from '@/lib/db';

/** Sections in their managed order: they drive the public navigation. */
export function listSections() {
  return prisma.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, slug: true } });
}

/** A section by its public slug (its page and feeds). */
export function getSectionBySlug(slug: string) {
  return prisma.section.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}
