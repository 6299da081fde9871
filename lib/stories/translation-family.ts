import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/** Where a story stands in its family of translations. */
export type FamilyLinks = { translationRootId: string | null; translationOfId: string | null };

/**
 * How another story of the family relates to this one: the story it was translated from
 * (which may also be the family's first), the family's first story, or another translation.
 */
export type FamilyRelation = 'source' | 'original' | 'translation';

export function relationTo(memberId: string, story: FamilyLinks): FamilyRelation {
  return memberId === story.translationOfId ? 'source' : memberId === story.translationRootId ? 'original' : 'translation';
}

/** A published story of a family, as every public and wire surface lists it. */
export type PublishedMember = {
  storyId: string;
  language: string;
  slug: string;
  headline: string;
  storyVersion: number;
  visibleAt: Date;
  embargoUntil: Date | null;
};

/** Another published story of the family, seen from one of its members. */
export type PublishedSibling = PublishedMember & { relation: FamilyRelation; original: boolean };

// Roots per query: a sitemap block's 50,000 in one IN list pass the bind parameters one query may carry (40,000 fail).
const ROOTS_PER_QUERY = 5_000;

/**
 * The publications matching `where` of the families rooted at `rootIds`, by root, each in
 * language order. One query per 5,000 families.
 */
export async function publishedFamilies(rootIds: Iterable<string>, where: Prisma.PublicationWhereInput): Promise<Map<string, PublishedMember[]>> {
  const roots = [...new Set(rootIds)];
  const families = new Map<string, PublishedMember[]>();
  for (let i = 0; i < roots.length; i += ROOTS_PER_QUERY) {
    const rows = await prisma.publication.findMany({
      where: { AND: [where, { story: { translationRootId: { in: roots.slice(i, i + ROOTS_PER_QUERY) } } }] },
      select: {
        storyId: true,
        language: true,
        slug: true,
        headline: true,
        storyVersion: true,
        visibleAt: true,
        embargoUntil: true,
        story: { select: { translationRootId: true } },
      },
      orderBy: [{ language: 'asc' }, { storyId: 'asc' }],
    });
    for (const { story, ...member } of rows) {
      const root = story.translationRootId!;
      families.set(root, [...(families.get(root) ?? []), member]);
    }
  }
  return families;
}

/** The family's other members, as `story` sees them. */
export function siblingsIn(families: Map<string, PublishedMember[]>, story: FamilyLinks & { storyId: string }): PublishedSibling[] {
  const members = story.translationRootId ? (families.get(story.translationRootId) ?? []) : [];
  return members
    .filter((member) => member.storyId !== story.storyId)
    .map((member) => ({ ...member, relation: relationTo(member.storyId, story), original: member.storyId === story.translationRootId }));
}
