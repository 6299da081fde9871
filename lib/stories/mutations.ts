import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { announceOutsideWrite } from '@/lib/collab/channel';
import { AppError, fieldErrorsOf, isAppError, type FieldErrors } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { docToPlainText } from '@/lib/content/text';
import { env } from '@/lib/env';
import { slugify, uniqueSlug } from '@/lib/text/slug';
import { canonicalJson, sameContent, type StoryContent } from './content';
import { toSavePayload, type Draft, type DraftVersion } from './draft';
import { draftOfStory } from './draft-of-story';
import { contentOf, recordRevision, replaceTags, storyRowColumns } from './records';
import { ZSaveStory, type TSaveStory } from './validation';
import { isEditable, planTransition } from './workflow';

export type SavedStory = { id: string; version: number; slug: string; status: string; updatedAt: Date; changed: boolean };

/** What a client needs to show a save conflict: the version now in the database, as the form would show it. */
export type ConflictDetails = { theirs: DraftVersion };

type WriteOptions = {
  reason?: 'RESTORE';
  note?: string;
  /** A new story made from wire copy keeps the link. */
  wire?: { itemId: string; version: number; note: string };
  /** Written from the story's shared document (so it need not be told). */
  fromSharedDoc?: boolean;
};

async function checkReferences(tx: Tx, content: StoryContent) {
  const errors: Record<string, string[]> = {};
  if (content.sectionId && !(await tx.section.findUnique({ where: { id: content.sectionId } }))) errors.sectionId = ['That section no longer exists.'];
  if (content.topicId && !(await tx.topic.findUnique({ where: { id: content.topicId } }))) errors.topicId = ['That topic no longer exists.'];
  const unique = [...new Set(content.tagIds)];
  if (unique.length !== content.tagIds.length) errors.tagIds = ['A tag is listed twice.'];
  else if (unique.length && (await tx.tag.count({ where: { id: { in: unique } } })) !== unique.length) errors.tagIds = ['A tag no longer exists.'];
  if (Object.keys(errors).length) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', errors);
}

async function resolveSlug(tx: Tx, storyId: string | null, requested: string, headline: string): Promise<string> {
  const taken = async (slug: string) => !!(await tx.story.findFirst({ where: { slug, NOT: storyId ? { id: storyId } : undefined }, select: { id: true } }));
  if (requested) {
    if (await taken(requested)) throw new AppError('CONFLICT', 'That slug is already used by another story.', { slug: ['That slug is already used by another story.'] });
    return requested;
  }
  const base = headline ? slugify(headline) : `untitled-${Date.now().toString(36)}`;
  const similar = await tx.story.findMany({ where: { slug: { startsWith: base }, NOT: storyId ? { id: storyId } : undefined }, select: { slug: true } });
  return uniqueSlug(base, new Set(similar.map((s) => s.slug)));
}

function assertFutureEmbargo(embargoUntil: Date | null, now: Date) {
  if (embargoUntil && embargoUntil <= now) {
    throw new AppError('INVALID_INPUT', 'An embargo must end in the future.', { embargoUntil: ['Choose a time in the future, or leave it empty.'] });
  }
}

const noCorrection = () =>
  new AppError('INVALID_INPUT', 'A correction note belongs to an update of a published story.', { correctionNote: ['Only an update of a published story can carry a correction note.'] });

/**
 * Saves the working copy of a story: creates it when there is no id, otherwise
 * updates it only if the client's `baseVersion` is still current (a stale save is
 * refused with the other version in `details`, so nothing is overwritten silently).
 * Editing approved or published text applies the workflow's `edit` move (back to
 * review; or a pending update of a live story). Takes input parsed by `ZSaveStory`.
 */
export async function saveStory(viewer: Viewer, input: TSaveStory, options: Omit<WriteOptions, 'reason' | 'note'> = {}): Promise<SavedStory> {
  assertCan(viewer, input.id ? 'story.edit' : 'story.create');
  return writeStory(viewer, input, options);
}

/** Makes an earlier revision the working copy again, as a new revision of its own. */
export async function restoreRevision(viewer: Viewer, input: { storyId: string; revisionId: string; baseVersion: number }): Promise<SavedStory> {
  assertCan(viewer, 'story.restoreRevision');
  const revision = await prisma.storyRevision.findFirst({ where: { id: input.revisionId, storyId: input.storyId } });
  const story = await prisma.story.findUnique({ where: { id: input.storyId }, select: { slug: true, correctionNote: true, embargoUntil: true, liveCoverage: true, leadImageId: true } });
  if (!revision || !story) throw new AppError('NOT_FOUND', 'That revision does not exist.');
  const { bodyText: _derived, ...content } = contentOf(revision);
  return writeStory(
    viewer,
    { ...content, slug: story.slug, correctionNote: story.correctionNote, embargoUntil: story.embargoUntil, liveCoverage: story.liveCoverage, leadImageId: story.leadImageId, id: input.storyId, baseVersion: input.baseVersion, autosave: false },
    { reason: 'RESTORE', note: `Restored revision ${revision.number}` },
  );
}

/**
 * Changes some fields of a saved story as a save by this person (a bulk action: set the
 * section, add a tag): the same writer, revision and workflow rules as the form.
 */
export async function changeStoryFields(viewer: Viewer, storyId: string, change: (content: StoryContent) => StoryContent): Promise<SavedStory> {
  assertCan(viewer, 'story.edit');
  const story = await prisma.story.findUnique({ where: { id: storyId }, include: { tags: { select: { tagId: true, position: true } } } });
  if (!story) throw new AppError('NOT_FOUND', 'This story no longer exists.');
  const { bodyText: _derived, ...content } = change(contentOf(story));
  return writeStory(
    viewer,
    { ...content, slug: story.slug, correctionNote: story.correctionNote, embargoUntil: story.embargoUntil, liveCoverage: story.liveCoverage, leadImageId: story.leadImageId, id: storyId, baseVersion: story.version, autosave: false },
    {},
  );
}

type StoryWrite = Omit<TSaveStory, 'language'> & { language: string };

/** The one writer behind a save and a restore. */
async function writeStory(viewer: Viewer, input: StoryWrite, options: WriteOptions): Promise<SavedStory> {
  const content: StoryContent = {
    headline: input.headline, subheadline: input.subheadline, datelinePlace: input.datelinePlace, datelineDate: input.datelineDate,
    credit: input.credit || env().NEWSROOM_AGENCY_CREDIT, sectionId: input.sectionId, topicId: input.topicId, priority: input.priority,
    language: input.language, tagIds: input.tagIds, body: input.body, bodyText: docToPlainText(input.body),
  };
  const now = new Date();
  const reason = input.autosave ? 'AUTOSAVE' : 'SAVE';
  const embargoUntil = input.embargoUntil;

  return prisma.$transaction(async (tx) => {
    await checkReferences(tx, content);
    if (input.leadImageId && !(await tx.asset.findUnique({ where: { id: input.leadImageId }, select: { id: true } }))) {
      throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { leadImageId: ['That image no longer exists.'] });
    }
    if (!input.id) {
      if (input.correctionNote) throw noCorrection();
      assertFutureEmbargo(embargoUntil, now);
      const slug = await resolveSlug(tx, null, input.slug, content.headline);
      const story = await tx.story.create({
        data: { ...storyRowColumns(content), slug, authorId: viewer.id, lastEditorId: viewer.id, correctionNote: input.correctionNote, embargoUntil, liveCoverage: input.liveCoverage, leadImageId: input.leadImageId,
          ...(options.wire ? { wireItemId: options.wire.itemId, wireVersion: options.wire.version } : {}) },
      });
      await replaceTags(tx, story.id, content.tagIds);
      await recordRevision(tx, { storyId: story.id, authorId: viewer.id, reason, storyVersion: 1, status: 'DRAFT', content, now });
      await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'story.create', toStatus: 'DRAFT', note: options.wire?.note ?? '' } });
      return { id: story.id, version: story.version, slug, status: story.status, updatedAt: story.updatedAt, changed: true };
    }

    const story = await tx.story.findUnique({
      where: { id: input.id },
      include: { tags: { include: { tag: { select: { id: true, name: true, kind: true } } } }, lastEditor: { select: { name: true } }, publication: { select: { storyId: true } } },
    });
    if (!story) throw new AppError('NOT_FOUND', 'This story no longer exists.');
    const current = contentOf(story);
    if (input.correctionNote && !story.publication) throw noCorrection();
    const toSecond = (date: Date | null) => (date ? Math.floor(date.getTime() / 1000) : null); // the form's precision
    const embargoChanged = toSecond(story.embargoUntil) !== toSecond(embargoUntil);
    if (embargoChanged && story.publication) {
      throw new AppError('INVALID_INPUT', 'The embargo cannot change once the story has been published.', { embargoUntil: ['Fixed at publication.'] });
    }
    if (embargoChanged) assertFutureEmbargo(embargoUntil, now);
    if (story.version !== input.baseVersion) {
      const details: ConflictDetails = { theirs: { draft: draftOfStory(story), version: story.version, updatedAt: story.updatedAt.toISOString(), editorName: story.lastEditor?.name ?? null } };
      throw new AppError('CONFLICT', 'Someone else saved this story after you opened it.', {}, details);
    }
    if (story.firstPublishedAt && input.slug && input.slug !== story.slug) {
      throw new AppError('INVALID_INPUT', 'The slug cannot change after the story was first published.', { slug: ['The slug is frozen after first publication.'] });
    }
    const slug = story.firstPublishedAt ? story.slug : await resolveSlug(tx, story.id, input.slug, content.headline);
    if (sameContent(current, content) && slug === story.slug && input.correctionNote === story.correctionNote && !embargoChanged && input.liveCoverage === story.liveCoverage && input.leadImageId === story.leadImageId) {
      return { id: story.id, version: story.version, slug, status: story.status, updatedAt: story.updatedAt, changed: false };
    }
    // A status moves only by the workflow table: editing is its `edit` move.
    const plan = planTransition({ status: story.status, priority: story.priority, lastEditorId: story.lastEditorId, isLive: !!story.publication }, 'edit', viewer);
    const updated = await tx.story.updateMany({
      where: { id: story.id, version: input.baseVersion },
      data: { ...storyRowColumns(content), slug, correctionNote: input.correctionNote, embargoUntil: embargoChanged ? embargoUntil : story.embargoUntil, liveCoverage: input.liveCoverage, leadImageId: input.leadImageId, status: plan.to, lastEditorId: viewer.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError('CONFLICT', 'Someone else saved this story after you opened it.');
    await replaceTags(tx, story.id, content.tagIds);
    const version = story.version + 1;
    const revisionReason = options.reason ?? (plan.to === story.status ? reason : 'STATUS_CHANGE');
    await recordRevision(tx, { storyId: story.id, authorId: viewer.id, reason: revisionReason, storyVersion: version, status: plan.to, content, now });
    if (options.reason === 'RESTORE') {
      await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'story.restore', note: options.note ?? '' } });
    }
    if (plan.to !== story.status) {
      await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'story.edit', fromStatus: story.status, toStatus: plan.to, note: story.status === 'PUBLISHED' ? 'Update to a published story opened' : 'Approved text changed' } });
    }
    if (!options.fromSharedDoc) await announceOutsideWrite(tx, story.id, version);
    const saved = await tx.story.findUniqueOrThrow({ where: { id: story.id }, select: { updatedAt: true } });
    return { id: story.id, version, slug, status: plan.to, updatedAt: saved.updatedAt, changed: true };
  });
}

/** A shared save: what was written (null when nothing changed), and fields kept at their stored value because they were refused. */
export type SharedSave = { saved: SavedStory | null; held: FieldErrors };

const DRAFT_FIELD_OF: Record<string, keyof Draft> = { tagIds: 'tags' };

/**
 * The story as its co-editors' shared document holds it, written through the same path
 * as a save (search, revisions coalesced per author, "last changed by", the edit move
 * that opens an update), on top of whatever version is stored now: the shared document
 * is where concurrent edits were merged. A field the rules refuse (a headline over its
 * limit, a section deleted meanwhile) keeps its stored value and is reported, so the
 * rest is still saved; a story the workflow holds read-only (killed, spiked, scheduled) is never written.
 */
export async function saveSharedStory(viewer: Viewer, storyId: string, draft: Draft): Promise<SharedSave> {
  assertCan(viewer, 'story.edit');
  let held: FieldErrors = {};
  for (let attempt = 0; ; attempt++) {
    const story = await prisma.story.findUnique({ where: { id: storyId }, include: { tags: { include: { tag: { select: { id: true, name: true, kind: true } } } } } });
    if (!story || !isEditable(story.status)) return { saved: null, held };
    const stored = draftOfStory(story);
    const keepStored = (errors: FieldErrors): Draft =>
      ({ ...draft, ...Object.fromEntries(Object.keys(errors).map((field) => [DRAFT_FIELD_OF[field] ?? field, stored[(DRAFT_FIELD_OF[field] ?? field) as keyof Draft]])) });
    let candidate = Object.keys(held).length ? keepStored(held) : draft;
    let parsed = ZSaveStory.safeParse(toSavePayload(candidate, storyId, story.version, true));
    if (!parsed.success) {
      held = { ...held, ...fieldErrorsOf(parsed.error) };
      candidate = keepStored(held);
      parsed = ZSaveStory.safeParse(toSavePayload(candidate, storyId, story.version, true));
      if (!parsed.success) return { saved: null, held: { ...held, ...fieldErrorsOf(parsed.error) } };
    }
    if (canonicalJson(candidate) === canonicalJson(stored)) return { saved: null, held };
    try {
      return { saved: await writeStory(viewer, parsed.data, { fromSharedDoc: true }), held };
    } catch (error) {
      if (!isAppError(error) || attempt >= 3) throw error;
      // Someone saved in between: read again and write on top.
      if (error.code === 'CONFLICT' && !Object.keys(error.fieldErrors).length) continue;
      // A field the database refuses (a slug taken, an embargo now past): keep it stored.
      if (Object.keys(error.fieldErrors).length) { held = { ...held, ...error.fieldErrors }; continue; }
      throw error;
    }
  }
}
