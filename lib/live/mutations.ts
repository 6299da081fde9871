import 'server-only';
import { z } from 'zod';
import { docJson } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { assertCan, can, type Viewer } from '@/lib/auth/permissions';
import { storyPath } from '@/lib/stories/public-paths';
import { absolute } from '@/lib/stories/seo';
import { ZPublishedBody } from '@/lib/stories/validation';
import { ZId, zMultiline } from '@/lib/text/fields';
import { enqueueWebhookEvent } from '@/lib/webhooks/enqueue';
import { signalLive } from './signal';

const ZFlags = { keyEvent: z.boolean().default(false), pinned: z.boolean().default(false) };
const zNote = (what: string) => zMultiline(500, 'Keep the note to 500 characters.').min(1, `Say why the entry is ${what}.`);

/** A body with words in it: an entry is never empty. */
const ZEntryBody = ZPublishedBody.refine((doc) => docToPlainText(doc).trim().length > 0, 'Write the entry first.');

export const ZAddEntry = z.object({ storyId: ZId, body: ZEntryBody, ...ZFlags });
export const ZCorrectEntry = z.object({ entryId: ZId, body: ZEntryBody, ...ZFlags, note: zNote('corrected') });
export const ZDeleteEntry = z.object({ entryId: ZId, note: zNote('deleted') });

type LiveStory = {
  id: string;
  slug: string;
  language: string;
  liveCoverage: boolean;
  liveEndedAt: Date | null;
  publication: { liveCoverage: boolean; killedAt: Date | null; visibleAt: Date; embargoUntil: Date | null } | null;
};

async function liveStory(tx: Tx, storyId: string): Promise<LiveStory> {
  const story = await tx.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      slug: true,
      language: true,
      liveCoverage: true,
      liveEndedAt: true,
      publication: { select: { liveCoverage: true, killedAt: true, visibleAt: true, embargoUntil: true } },
    },
  });
  if (!story) throw new AppError('NOT_FOUND', 'This story no longer exists.');
  if (!story.liveCoverage) throw new AppError('INVALID_INPUT', 'This story is not live coverage. Tick “Live coverage” and save first.');
  if (story.liveEndedAt) throw new AppError('INVALID_INPUT', 'Live coverage of this story has ended.');
  return story;
}

/** Entries reach readers only through a public live publication. */
function assertPublishable(story: LiveStory) {
  if (!story.publication || story.publication.killedAt) throw new AppError('INVALID_INPUT', 'Publish the story first: its entries go out with it.');
  if (!story.publication.liveCoverage) throw new AppError('INVALID_INPUT', 'Publish the story as live coverage first (an update with “Live coverage” ticked).');
}

/**
 * Readers' pages, partners' webhooks: every change of a public entry is told the same
 * way. Partners hear of it when readers may see the story (held until its embargo lifts).
 */
async function announceEntry(
  tx: Tx,
  story: Pick<LiveStory, 'id' | 'slug' | 'language' | 'publication'>,
  entry: { id: string; publishedAt: Date | null; keyEvent: boolean; bodyText: string },
  change: 'published' | 'corrected' | 'deleted',
) {
  await signalLive(tx, { kind: 'entry', storyId: story.id, slug: story.slug, entryId: entry.id });
  await enqueueWebhookEvent(
    tx,
    'live.entry',
    {
      storyId: story.id,
      slug: story.slug,
      url: `${absolute(env().NEWSROOM_SITE_URL, storyPath(story.slug, story.language))}#entry-${entry.id}`,
      entryId: entry.id,
      change,
      publishedAt: entry.publishedAt?.toISOString() ?? null,
      keyEvent: entry.keyEvent,
      text: change === 'deleted' ? '' : entry.bodyText,
      embargoUntil: story.publication?.embargoUntil?.toISOString() ?? null,
    },
    story.publication?.visibleAt ?? null,
  );
}

/**
 * Adds an entry. A reviewer's or admin's goes public at once ("Publish entry"); an
 * editor's waits for one of them, like a story.
 */
export async function addEntry(viewer: Viewer, input: z.output<typeof ZAddEntry>) {
  assertCan(viewer, 'live.post');
  const direct = can(viewer, 'live.publish');
  return prisma.$transaction(async (tx) => {
    const story = await liveStory(tx, input.storyId);
    if (direct) assertPublishable(story);
    const now = new Date();
    const entry = await tx.liveEntry.create({
      data: {
        storyId: story.id,
        authorId: viewer.id,
        body: docJson(input.body),
        bodyText: docToPlainText(input.body),
        keyEvent: input.keyEvent,
        pinned: input.pinned,
        status: direct ? 'PUBLISHED' : 'PENDING',
        publishedAt: direct ? now : null,
        publishedById: direct ? viewer.id : null,
      },
    });
    await tx.auditEvent.create({
      data: { storyId: story.id, actorId: viewer.id, action: direct ? 'live.publishEntry' : 'live.entry', note: entry.bodyText.slice(0, 200) },
    });
    if (direct) await announceEntry(tx, story, entry, 'published');
    return { id: entry.id, slug: story.slug, status: entry.status, public: direct };
  });
}

async function entryOf(tx: Tx, entryId: string) {
  const entry = await tx.liveEntry.findUnique({ where: { id: entryId } });
  if (!entry) throw new AppError('NOT_FOUND', 'This entry no longer exists.');
  return entry;
}

/** A reviewer publishes an editor's pending entry. */
export async function publishEntry(viewer: Viewer, entryId: string) {
  assertCan(viewer, 'live.publish');
  return prisma.$transaction(async (tx) => {
    const entry = await entryOf(tx, entryId);
    const story = await liveStory(tx, entry.storyId);
    assertPublishable(story);
    if (entry.status !== 'PENDING')
      throw new AppError('CONFLICT', entry.status === 'PUBLISHED' ? 'This entry is already published.' : 'This entry was deleted.');
    const now = new Date();
    const moved = await tx.liveEntry.updateMany({
      where: { id: entry.id, status: 'PENDING' },
      data: { status: 'PUBLISHED', publishedAt: now, publishedById: viewer.id },
    });
    if (moved.count !== 1) throw new AppError('CONFLICT', 'Someone else changed this entry at the same time.');
    await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'live.publishEntry', note: entry.bodyText.slice(0, 200) } });
    await announceEntry(tx, story, { ...entry, publishedAt: now }, 'published');
    return { id: entry.id, slug: story.slug, public: true };
  });
}

/** Corrects a published entry: the new text with a note readers see under it. */
export async function correctEntry(viewer: Viewer, input: z.output<typeof ZCorrectEntry>) {
  assertCan(viewer, 'live.publish');
  return prisma.$transaction(async (tx) => {
    const entry = await entryOf(tx, input.entryId);
    const story = await liveStory(tx, entry.storyId);
    if (entry.status !== 'PUBLISHED') throw new AppError('INVALID_INPUT', 'Only a published entry can be corrected.');
    const bodyText = docToPlainText(input.body);
    const updated = await tx.liveEntry.update({
      where: { id: entry.id },
      data: { body: docJson(input.body), bodyText, keyEvent: input.keyEvent, pinned: input.pinned, correctionNote: input.note },
    });
    await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'live.correctEntry', note: input.note } });
    await announceEntry(tx, story, updated, 'corrected');
    return { id: entry.id, slug: story.slug, public: true };
  });
}

/** Takes an entry off the page (kept on the desk with the note). */
export async function deleteEntry(viewer: Viewer, input: z.output<typeof ZDeleteEntry>) {
  assertCan(viewer, 'live.publish');
  return prisma.$transaction(async (tx) => {
    const entry = await entryOf(tx, input.entryId);
    const story = await tx.story.findUniqueOrThrow({
      where: { id: entry.storyId },
      select: { id: true, slug: true, language: true, publication: { select: { liveCoverage: true, killedAt: true, visibleAt: true, embargoUntil: true } } },
    });
    if (entry.status === 'DELETED') throw new AppError('CONFLICT', 'This entry was already deleted.');
    await tx.liveEntry.update({ where: { id: entry.id }, data: { status: 'DELETED', deleteNote: input.note, pinned: false } });
    await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'live.deleteEntry', note: input.note } });
    const wasPublic = entry.status === 'PUBLISHED';
    if (wasPublic) await announceEntry(tx, story, entry, 'deleted');
    return { id: entry.id, slug: story.slug, public: wasPublic };
  });
}

/** Closes live coverage: readers see "Live coverage has ended"; no more entries. */
export async function endLiveCoverage(viewer: Viewer, storyId: string) {
  assertCan(viewer, 'live.publish');
  return prisma.$transaction(async (tx) => {
    const story = await liveStory(tx, storyId);
    const now = new Date();
    await tx.story.update({ where: { id: story.id }, data: { liveEndedAt: now } });
    if (story.publication) await tx.publication.update({ where: { storyId: story.id }, data: { liveEndedAt: now } });
    await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'live.end' } });
    await signalLive(tx, { kind: 'ended', storyId: story.id, slug: story.slug });
    return { id: story.id, slug: story.slug, public: !!story.publication };
  });
}
