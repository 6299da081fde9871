import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { uniqueSlug } from '@/lib/text/slug';
import { localizedFields } from '@/lib/stories/languages';
import { normalizeName } from './normalize';
import { slugFromName } from './slug';
import { TAG_KIND_NAMES } from './labels';
import { type ZAlias, type ZMerge, type ZTagCreate, type ZTagUpdate } from './validation';
import type { z } from 'zod';

async function freeSlug(tx: Tx, name: string) {
  const base = slugFromName(name);
  const [tags, redirects] = await Promise.all([
    tx.tag.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
    tx.tagRedirect.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
  ]);
  return uniqueSlug(base, new Set([...tags, ...redirects].map((t) => t.slug)));
}

async function assertNameFree(tx: Tx, kind: keyof typeof TAG_KIND_NAMES, name: string, exceptId?: string) {
  const clash = await tx.tag.findFirst({ where: { kind, normalizedName: normalizeName(name), NOT: exceptId ? { id: exceptId } : undefined } });
  if (clash) {
    const message = `${TAG_KIND_NAMES[kind]} “${clash.name}” already exists.`;
    throw new AppError('CONFLICT', message, { name: [message] }, { existing: { id: clash.id, name: clash.name, kind: clash.kind } });
  }
}

/** Creates a person, organisation or place. Subjects are the IPTC vocabulary's only. */
export async function createTag(viewer: Viewer, input: Omit<z.output<typeof ZTagCreate>, 'description'> & { description?: string }) {
  assertCan(viewer, 'tag.create');
  return prisma.$transaction(async (tx) => {
    await assertNameFree(tx, input.kind, input.name);
    const tag = await tx.tag.create({
      data: {
        kind: input.kind,
        name: input.name,
        normalizedName: normalizeName(input.name),
        slug: await freeSlug(tx, input.name),
        description: input.description ?? '',
      },
      select: { id: true, name: true, kind: true, slug: true },
    });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'tag.create', data: { tagId: tag.id, kind: tag.kind, name: tag.name } } });
    return tag;
  });
}

/**
 * Saves a tag's name, description and its names in the newsroom's other languages (`name_ru`…;
 * an empty one removes that name; a field left out leaves it). A subject's main name is the
 * IPTC vocabulary's, but it may be given a name in another language like any tag.
 */
export async function updateTag(viewer: Viewer, input: z.output<typeof ZTagUpdate>) {
  assertCan(viewer, 'tag.edit');
  const { names, refused } = localizedFields(input, 'name_');
  if (Object.keys(refused).length) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', refused);
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: input.id } });
    if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
    if (tag.kind === 'SUBJECT' && tag.name !== input.name) throw new AppError('FORBIDDEN', 'Subject names come from the IPTC vocabulary.');
    await assertNameFree(tx, tag.kind, input.name, tag.id);
    for (const [language, name] of names) {
      if (!name) await tx.tagName.deleteMany({ where: { tagId: tag.id, language } });
      else
        await tx.tagName.upsert({
          where: { tagId_language: { tagId: tag.id, language } },
          create: { tagId: tag.id, language, name, normalized: normalizeName(name) },
          update: { name, normalized: normalizeName(name) },
        });
    }
    return tx.tag.update({ where: { id: tag.id }, data: { name: input.name, normalizedName: normalizeName(input.name), description: input.description } });
  });
}

export async function addAlias(viewer: Viewer, input: z.output<typeof ZAlias>) {
  assertCan(viewer, 'tag.edit');
  const normalized = normalizeName(input.name);
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: input.tagId }, include: { aliases: true } });
    if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
    if (tag.normalizedName === normalized || tag.aliases.some((a) => a.normalized === normalized)) {
      throw new AppError('CONFLICT', 'The tag already has that name.', { name: ['The tag already has that name.'] });
    }
    const alias = await tx.tagAlias.create({ data: { tagId: tag.id, name: input.name, normalized } });
    await tx.tag.update({ where: { id: tag.id }, data: { updatedAt: new Date() } }); // the matcher cache notices
    return alias;
  });
}

export async function removeAlias(viewer: Viewer, input: { aliasId: string }) {
  assertCan(viewer, 'tag.edit');
  await prisma.$transaction(async (tx) => {
    const alias = await tx.tagAlias.delete({ where: { id: input.aliasId } }).catch(() => null);
    if (!alias) throw new AppError('NOT_FOUND', 'That alias no longer exists.');
    await tx.tag.update({ where: { id: alias.tagId }, data: { updatedAt: new Date() } });
  });
}

/**
 * Merges `source` into `target`: stories (working copies and published snapshots)
 * move to the target, the source's name and aliases become the target's aliases, its
 * slug (and any it redirected) redirects to the target, and the source is removed.
 */
export async function mergeTags(viewer: Viewer, input: z.output<typeof ZMerge>) {
  assertCan(viewer, 'tag.merge');
  if (input.sourceId === input.targetId) throw new AppError('INVALID_INPUT', 'Choose a different tag to merge into.');
  return prisma.$transaction(async (tx) => {
    const [source, target] = await Promise.all([
      tx.tag.findUnique({ where: { id: input.sourceId }, include: { aliases: true } }),
      tx.tag.findUnique({ where: { id: input.targetId }, include: { aliases: true } }),
    ]);
    if (!source || !target) throw new AppError('NOT_FOUND', 'One of the tags no longer exists.');
    if (source.kind !== target.kind) throw new AppError('INVALID_INPUT', 'Only tags of the same kind can be merged.');
    if (source.kind === 'SUBJECT') throw new AppError('FORBIDDEN', 'Subjects are a fixed vocabulary and cannot be merged.');
    for (const [table, key] of [
      ['StoryTag', 'storyId'],
      ['PublicationTag', 'storyId'],
    ] as const) {
      await tx.$executeRawUnsafe(
        `INSERT INTO "${table}" ("${key}", "tagId", position) SELECT "${key}", $1, position FROM "${table}" WHERE "tagId" = $2 ON CONFLICT DO NOTHING`,
        target.id,
        source.id,
      );
    }
    await tx.$executeRaw`UPDATE "StoryRevision" SET "tagIds" = array_replace("tagIds", ${source.id}, ${target.id}) WHERE ${source.id} = ANY("tagIds")`;
    const known = new Set([target.normalizedName, ...target.aliases.map((a) => a.normalized)]);
    const names = [source.name, ...source.aliases.map((a) => a.name)].filter((name) => !known.has(normalizeName(name)) && known.add(normalizeName(name)));
    await tx.tagAlias.createMany({ data: names.map((name) => ({ tagId: target.id, name, normalized: normalizeName(name) })) });
    await tx.tagSubject.createMany({
      data: (await tx.tagSubject.findMany({ where: { tagId: source.id } })).map((s) => ({ tagId: target.id, subjectId: s.subjectId })),
      skipDuplicates: true,
    });
    // Its names in other languages go with it, where the target has none in that language yet.
    await tx.$executeRaw`INSERT INTO "TagName" ("tagId", language, name, normalized)
      SELECT ${target.id}, language, name, normalized FROM "TagName" WHERE "tagId" = ${source.id} ON CONFLICT DO NOTHING`;
    await tx.tagRedirect.updateMany({ where: { tagId: source.id }, data: { tagId: target.id } });
    const moved = await tx.storyTag.count({ where: { tagId: source.id } });
    await tx.tag.delete({ where: { id: source.id } });
    await tx.tagRedirect.create({ data: { slug: source.slug, tagId: target.id } });
    await tx.tag.update({ where: { id: target.id }, data: { updatedAt: new Date() } });
    await tx.auditEvent.create({
      data: {
        actorId: viewer.id,
        action: 'tag.merge',
        note: `${source.name} → ${target.name}`,
        data: { sourceId: source.id, targetId: target.id, stories: moved },
      },
    });
    return { targetId: target.id, target: { id: target.id, name: target.name, kind: target.kind }, movedStories: moved };
  });
}

/** Deletes a tag no story uses. */
export async function deleteTag(viewer: Viewer, input: { id: string }) {
  assertCan(viewer, 'tag.delete');
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: input.id }, include: { _count: { select: { stories: true, publicationTags: true } } } });
    if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
    if (tag.kind === 'SUBJECT') throw new AppError('FORBIDDEN', 'Subjects are a fixed vocabulary and cannot be deleted.');
    if (tag._count.stories || tag._count.publicationTags) {
      throw new AppError(
        'CONFLICT',
        `“${tag.name}” is used by ${tag._count.stories} stor${tag._count.stories === 1 ? 'y' : 'ies'}; merge it into another tag instead.`,
      );
    }
    await tx.tag.delete({ where: { id: tag.id } });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'tag.delete', note: tag.name } });
  });
}
