import type { Tx } from '@/lib/db';
import { signalLive } from '@/lib/live/signal';
import { enqueueWebhookEvent } from '@/lib/webhooks/enqueue';
import { storyEventData } from '@/lib/webhooks/story-event';

/**
 * Copies the working copy of a story into its publication: the snapshot readers see.
 * Called only from a publish transition, inside its transaction. Publishing a story
 * that is already out is an update: it is numbered (UPDATE 1, UPDATE 2…) and kept in
 * the publication's chain; partners' webhooks are queued in the same transaction.
 */
export async function writePublication(tx: Tx, storyId: string, now: Date) {
  const story = await tx.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: true, publication: true } });
  const firstPublishedAt = story.publication?.firstPublishedAt ?? story.firstPublishedAt ?? now;
  const visibleAt = story.embargoUntil && story.embargoUntil > now ? story.embargoUntil : now;
  const isUpdate = !!story.publication && !story.publication.killedAt;
  const updateNumber = isUpdate ? story.publication!.updateNumber + 1 : 0;
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
    updateNumber,
    liveCoverage: story.liveCoverage,
    liveEndedAt: story.liveEndedAt,
    leadImageId: story.leadImageId,
    mediaIds: story.mediaIds,
    bylines: story.bylines ?? [],
    bylineWith: story.bylineWith,
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
  if (isUpdate) await tx.publicationVersion.create({ data: { storyId, number: updateNumber, headline: story.headline, publishedAt: now } });
  // Readers' pages show a FLASH in the breaking banner without a reload.
  if (story.priority === 'FLASH' || story.publication?.priority === 'FLASH') await signalLive(tx, { kind: 'breaking' });
  await enqueueWebhookEvent(tx, isUpdate ? 'story.updated' : 'story.published', storyEventData({ ...snapshot, storyId }), snapshot.visibleAt);
  return { firstPublishedAt, updateNumber };
}
