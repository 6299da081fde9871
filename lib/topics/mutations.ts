import 'server-only';
import { z } from 'zod';
import { ZId, zLine } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { docJson, emptyDoc } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { validateBody } from '@/lib/content/validate';
import { slugify, uniqueSlug } from '@/lib/text/slug';

export const ZTopicCreate = z.object({ title: zLine(160, 'Keep the title to 160 characters.').min(1, 'Enter a title.') });
export const ZTopicUpdate = ZTopicCreate.extend({ id: ZId, background: z.unknown() });

export async function createTopic(viewer: Viewer, input: z.output<typeof ZTopicCreate>) {
  assertCan(viewer, 'topic.manage');
  const base = slugify(input.title);
  const taken = new Set((await prisma.topic.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug));
  return prisma.topic.create({
    data: { title: input.title, slug: uniqueSlug(base, taken), background: docJson(emptyDoc()) },
    select: { id: true, slug: true },
  });
}

/** Saves a topic's title and background box (the same editor and schema as story bodies). */
export async function updateTopic(viewer: Viewer, input: z.output<typeof ZTopicUpdate>) {
  assertCan(viewer, 'topic.manage');
  const background = validateBody(input.background, 'background', { suggestions: 'refuse' });
  const topic = await prisma.topic.findUnique({ where: { id: input.id } });
  if (!topic) throw new AppError('NOT_FOUND', 'That topic no longer exists.');
  return prisma.topic.update({
    where: { id: topic.id },
    data: { title: input.title, background: docJson(background), backgroundText: docToPlainText(background) },
  });
}
