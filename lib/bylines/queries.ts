import 'server-only';
import { prisma } from '@/lib/db';
import { readBylines, type Byline } from './byline';
import { siteOf, sitePath } from '@/lib/stories/public-paths';

export const contributorPath = (slug: string) => `/contributors/${slug}`;

/** A contributor's public record by its address, or null. */
export function getContributorBySlug(slug: string) {
  return prisma.contributor.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, bio: true } });
}

/** Every contributor record, by name (the desk's list and the form's choices). */
export function listContributors() {
  return prisma.contributor.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, slug: true, bio: true } });
}

/** Whom the story form offers for a byline: the active desk users and the contributor records. */
export async function listBylineChoices() {
  const [users, contributors] = await Promise.all([
    prisma.user.findMany({ where: { active: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
    prisma.contributor.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
  ]);
  return { users, contributors };
}

/** A byline as readers see it: contributor records with their current name and their page's address. */
export type PublicByline = Byline & { href: string | null };

/** A stored byline with each contributor record's current name and page on the site of the story's `language` (a record deleted meanwhile keeps the stored name, unlinked). */
export async function resolveBylines(stored: unknown, language: string): Promise<PublicByline[]> {
  const bylines = readBylines(stored);
  const ids = [...new Set(bylines.filter((b) => b.kind === 'contributor').map((b) => b.id))];
  const records = ids.length ? await prisma.contributor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true } }) : [];
  const byId = new Map(records.map((r) => [r.id, r]));
  return bylines.map((entry) => {
    const record = entry.kind === 'contributor' ? byId.get(entry.id) : undefined;
    return record ? { ...entry, name: record.name, href: sitePath(siteOf(language), contributorPath(record.slug)) } : { ...entry, href: null };
  });
}
