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
import { localizedFields } from '@/lib/stories/languages';
import { LANGUAGES } from '@/lib/stories/limits';

export const ZTopicCreate = z.object({ title: zLine(160, 'Keep the title to 160 characters.').min(1, 'Enter a title.') });
/** "Title in Russian" and the like arrive as `title_ru`. */
const localizedTitles = Object.fromEntries(LANGUAGES.map((code) => [`title_${code}`, zLine(160, 'Keep the title to 160 characters.').optional()]));
export const ZTopicUpdate = ZTopicCreate.extend({ id: ZId, background: z.unknown(), ...localizedTitles });

export async function createTopic(viewer: Viewer, input: z.output<typeof ZTopicCreate>) {
  assertCan(viewer, 'topic.manage');
  const base = slugify(input.title);
  const taken = new Set((await prisma.topic.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug));
  return prisma.topic.create({
    data: { title: input.title, slug: uniqueSlug(base, taken), background: docJson(emptyDoc()) },
    select: { id: true, slug: true },
  });
}

/** Saves a topic's title, its titles in the newsroom's other languages (empty removes one) and its background box (the same editor and schema as story bodies). */
export async function updateTopic(viewer: Viewer, input: z.output<typeof ZTopicUpdate>) {
  assertCan(viewer, 'topic.manage');
  const background = validateBody(input.background, 'background', { suggestions: 'refuse' });
  const { names: titles, refused } = localizedFields(input, 'title_');
  if (Object.keys(refused).length) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', refused);
  return prisma.$transaction(async (tx) => {
    const topic = await tx.topic.findUnique({ where: { id: input.id } });
    if (!topic) throw new AppError('NOT_FOUND', 'That topic no longer exists.');
    for (const [language, title] of titles) {
      if (!title) await tx.topicTitle.deleteMany({ where: { topicId: topic.id, language } });
      else
        await tx.topicTitle.upsert({
          where: { topicId_language: { topicId: topic.id, language } },
          create: { topicId: topic.id, language, title },
          update: { title },
        });
    }
    return tx.topic.update({
      where: { id: topic.id },
      data: { title: input.title, background: docJson(background), backgroundText: docToPlainText(background) },
    });
  });
}
