import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { prisma, type Tx } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { zLine, zMultiline } from '@/lib/text/fields';
import { slugify, ZSLUG } from '@/lib/text/slug';
import { BYLINE_NAME_MAX } from './byline';

export const ZContributor = z.object({
  name: zLine(BYLINE_NAME_MAX, `Keep the name to ${BYLINE_NAME_MAX} characters.`).pipe(z.string().min(1, 'Enter a name.')),
  /** '' makes it from the name. */
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, 'Keep the address to 80 characters.')
    .refine((slug) => slug === '' || ZSLUG.test(slug), 'Use lower-case letters, digits and single hyphens.')
    .default(''),
  bio: zMultiline(600, 'Keep the bio to 600 characters.').default(''),
});

async function assertSlugFree(slug: string, exceptId?: string) {
  const clash = await prisma.contributor.findFirst({ where: { slug, NOT: exceptId ? { id: exceptId } : undefined }, select: { name: true } });
  if (clash) throw new AppError('CONFLICT', `The address /contributors/${slug} is already ${clash.name}’s.`, { slug: ['That address is taken.'] });
}

/** The record and its audit row together; an address taken by someone saving at the same moment is the same clear conflict. */
async function writeContributor<T>(slug: string, write: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(write);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', `The address /contributors/${slug} is already taken.`, { slug: ['That address is taken.'] });
    }
    throw error;
  }
}

/** Makes a contributor record (their public page is /contributors/<slug>). */
export async function createContributor(viewer: Viewer, input: z.input<typeof ZContributor>) {
  assertCan(viewer, 'contributor.manage');
  const { name, slug: typed, bio } = parseInput(ZContributor, input);
  const slug = typed || slugify(name);
  if (!slug) throw new AppError('INVALID_INPUT', 'Give the contributor an address.', { slug: ['Use lower-case letters, digits and single hyphens.'] });
  await assertSlugFree(slug);
  return writeContributor(slug, async (tx) => {
    const contributor = await tx.contributor.create({ data: { name, slug, bio } });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'contributor.create', note: name } });
    return contributor;
  });
}

/**
 * Changes a contributor's name, address or bio. Stories keep the name they were written
 * with in their byline; the public byline shows the record's current name.
 */
export async function updateContributor(viewer: Viewer, input: { id: string } & z.input<typeof ZContributor>) {
  assertCan(viewer, 'contributor.manage');
  const { name, slug: typed, bio } = parseInput(ZContributor, input);
  const current = await prisma.contributor.findUnique({ where: { id: input.id }, select: { slug: true } });
  if (!current) throw new AppError('NOT_FOUND', 'That contributor no longer exists.');
  const slug = typed || current.slug;
  await assertSlugFree(slug, input.id);
  return writeContributor(slug, async (tx) => {
    const contributor = await tx.contributor.update({ where: { id: input.id }, data: { name, slug, bio } });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'contributor.update', note: name } });
    return contributor;
  });
}
