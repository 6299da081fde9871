import type { Tx } from '@/lib/db';

/**
 * Copies the working copy of a story into its publication: the snapshot readers see.
 * Called only from a publish transition, inside its transaction.
 */
export async function writePublication(tx: Tx, storyId: string, now: Date) {
  const story = await tx.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: true, publication: true } });
  const firstPublishedAt = story.publication?.firstPublishedAt ?? story.firstPublishedAt ?? now;
  const visibleAt = story.embargoUntil && story.embargoUntil > now ? story.embargoUntil : now;
  const snapshot = {
    slug: story.slug,
    headline: story.headline,
    subheadline: story.subheadline,
    datelinePlace: story.datelinePlace,
    datelineDate: story.datelineDate,
    credit: story.credit,
    body: story.body ?? {},
    bodyText: story.bodyText,
    language: story.language,
    priority: story.priority,
    correctionNote: story.correctionNote,
    sectionId: story.sectionId,
    topicId: story.topicId,
    storyVersion: story.version,
    publishedAt: now,
    visibleAt: story.publication ? story.publication.visibleAt : visibleAt,
    embargoUntil: story.embargoUntil,
    killedAt: null,
  };
  await tx.publication.upsert({
    where: { storyId },
    create: { storyId, firstPublishedAt, ...snapshot },
    update: snapshot,
  });
  await tx.publicationTag.deleteMany({ where: { storyId } });
  if (story.tags.length) {
    await tx.publicationTag.createMany({ data: story.tags.map((t) => ({ storyId, tagId: t.tagId, position: t.position })) });
  }
  return { firstPublishedAt };
}
