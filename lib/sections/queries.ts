import 'server-only';
import { prisma } from '@/lib/db';

/** Sections in their managed order: they drive the public navigation. */
export function listSections(options: { includeHidden?: boolean } = {}) {
  return prisma.section.findMany({
    where: options.includeHidden ? {} : { hidden: false },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, slug: true, hidden: true },
  });
}

/** Every section with how many stories it holds, for the admin's Sections page (counting is not for every public render). */
export function listSectionsWithCounts() {
  return prisma.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, slug: true, hidden: true, _count: { select: { stories: true } } },
  });
}

/** A section by its public slug (its page and feeds). */
export function getSectionBySlug(slug: string) {
  return prisma.section.findUnique({ where: { slug, hidden: false }, select: { id: true, name: true, slug: true } });
}
