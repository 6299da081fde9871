import { prisma } from '@/lib/db';
import { uniqueSlug } from '@/lib/text/slug';
import type { MediaTopic } from './iptc';
import { normalizeName } from './normalize';
import { slugFromName } from './slug';

export type ImportSummary = { created: number; updated: number; unchanged: number };

/**
 * Loads or updates the IPTC Media Topics as SUBJECT tags, keyed by qcode, and links
 * each to its broader topic. Safe to run again: only what changed is written.
 */
export async function importMediaTopics(topics: MediaTopic[]): Promise<ImportSummary> {
  const existing = await prisma.tag.findMany({ where: { code: { in: topics.map((t) => t.qcode) } }, select: { id: true, code: true, name: true } });
  const byCode = new Map(existing.map((tag) => [tag.code, tag]));
  const taken = new Set((await prisma.tag.findMany({ select: { slug: true } })).map((t) => t.slug));
  const takenNames = new Set((await prisma.tag.findMany({ where: { kind: 'SUBJECT' }, select: { normalizedName: true } })).map((t) => t.normalizedName));

  const toCreate = topics
    .filter((topic) => !byCode.has(topic.qcode))
    .map((topic) => {
      const slug = uniqueSlug(slugFromName(topic.label), taken);
      taken.add(slug);
      // Two topics may share a label under different parents; the qcode keeps them apart.
      let normalizedName = normalizeName(topic.label);
      if (takenNames.has(normalizedName)) normalizedName = `${normalizedName} (${topic.qcode})`;
      takenNames.add(normalizedName);
      return { kind: 'SUBJECT' as const, name: topic.label, normalizedName, slug, code: topic.qcode };
    });
  const changed = topics.filter((topic) => byCode.has(topic.qcode) && byCode.get(topic.qcode)!.name !== topic.label);

  await prisma.$transaction(async (tx) => {
    if (toCreate.length) await tx.tag.createMany({ data: toCreate, skipDuplicates: true });
    for (const topic of changed) await tx.tag.update({ where: { code: topic.qcode }, data: { name: topic.label } });
    const links = topics.filter((topic) => topic.broader);
    await tx.$executeRaw`
      UPDATE "Tag" AS child SET "parentId" = parent.id
      FROM unnest(${links.map((t) => t.qcode)}::text[], ${links.map((t) => t.broader!)}::text[]) AS link(code, broader)
      JOIN "Tag" AS parent ON parent.code = link.broader
      WHERE child.code = link.code AND child."parentId" IS DISTINCT FROM parent.id`;
  });
  return { created: toCreate.length, updated: changed.length, unchanged: topics.length - toCreate.length - changed.length };
}
