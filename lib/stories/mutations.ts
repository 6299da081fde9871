import 'server-only';
import * as Y from 'yjs';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { formatDeskDay } from '@/lib/time/format';
import { utcToZonedInput } from '@/lib/time/zoned';
import type { StoryContent } from './content';
import { emptyDraft, type Draft, type DraftTag } from './draft';
import { draftOfStory } from './draft-of-story';
import { contentOf, recordRevision, replaceTags, storyRowColumns } from './records';
import { seedSharedDoc, setScalars, writeSharedDraft } from './shared-doc/codec';
import { editStoryDocument } from './shared-doc/store';
import type { TSaveStory } from './validation';
import { contentOfInput, storyRefusals, storyWithTags, type SavedStory, type StoryFields } from './working-copy';

export type { SavedStory };

/** A story as a new one starts: today's dateline, the agency's credit, routine, English. */
export function blankDraft(now = new Date()): Draft {
  return { ...emptyDraft(), datelineDate: formatDeskDay(now), credit: env().NEWSROOM_AGENCY_CREDIT };
}

type CreateOptions = {
  /** A new story made from wire copy keeps the link. */
  wire?: { itemId: string; version: number; note: string };
  /** A translation names its source and its family. */
  translation?: { ofId: string; rootId: string; note: string };
};

type StoryInput = StoryFields;

/**
 * Creates a story with its shared document, in one transaction: the story exists (and
 * can be co-edited, previewed and covered live) from the moment it is asked for.
 * Takes input parsed by `ZSaveStory` (the blank story when none is given); anything the
 * rules refuse is refused whole, with field errors.
 */
export async function createStory(viewer: Viewer, input?: StoryInput, options: CreateOptions = {}): Promise<SavedStory> {
  return prisma.$transaction((tx) => createStoryIn(tx, viewer, input, options));
}

/** `createStory` inside the caller's transaction. */
export async function createStoryIn(tx: Tx, viewer: Viewer, input?: StoryInput, options: CreateOptions = {}): Promise<SavedStory> {
  assertCan(viewer, 'story.create');
  const now = new Date();
  const parsed: StoryInput = input ?? {
    ...blankDraft(now),
    datelineDate: new Date(`${formatDeskDay(now)}T00:00:00Z`),
    sectionId: null,
    topicId: null,
    tagIds: [],
    embargoUntil: null,
    leadImageId: null,
  };
  const refused = await storyRefusals(tx, null, parsed, now);
  if (Object.keys(refused.errors).length) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', refused.errors);
  const content: StoryContent = contentOfInput(parsed);
  const story = await tx.story.create({
    data: {
      ...storyRowColumns(content),
      slug: refused.slug,
      authorId: viewer.id,
      lastEditorId: viewer.id,
      textEditorId: viewer.id,
      correctionNote: parsed.correctionNote,
      embargoUntil: parsed.embargoUntil,
      liveCoverage: parsed.liveCoverage,
      leadImageId: parsed.leadImageId,
      ...(options.wire ? { wireItemId: options.wire.itemId, wireVersion: options.wire.version } : {}),
      ...(options.translation ? { translationOfId: options.translation.ofId, translationRootId: options.translation.rootId } : {}),
    },
    include: storyWithTags,
  });
  await replaceTags(tx, story.id, content.tagIds);
  const created = await tx.story.findUniqueOrThrow({ where: { id: story.id }, include: storyWithTags });
  await recordRevision(tx, { storyId: story.id, authorId: viewer.id, reason: 'SAVE', storyVersion: 1, status: 'DRAFT', content, now });
  await tx.auditEvent.create({
    data: { storyId: story.id, actorId: viewer.id, action: 'story.create', toStatus: 'DRAFT', note: options.wire?.note ?? options.translation?.note ?? '' },
  });
  const state = Buffer.from(Y.encodeStateAsUpdate(seedSharedDoc(draftOfStory(created))));
  await tx.storyCollabState.create({ data: { storyId: story.id, state, appliedVersion: story.version } });
  return { id: story.id, version: story.version, slug: refused.slug, status: story.status, updatedAt: story.updatedAt, changed: true };
}

/** A parsed save as the form's draft (tags with their names, times as the form writes them). */
async function draftOfInput(input: StoryInput): Promise<Draft> {
  const tags = await prisma.tag.findMany({ where: { id: { in: input.tagIds } }, select: { id: true, name: true, kind: true } });
  const byId = new Map(tags.map((t) => [t.id, t]));
  return {
    headline: input.headline,
    subheadline: input.subheadline,
    slug: input.slug,
    datelinePlace: input.datelinePlace,
    datelineDate: input.datelineDate?.toISOString().slice(0, 10) ?? '',
    credit: input.credit,
    sectionId: input.sectionId ?? '',
    topicId: input.topicId ?? '',
    priority: input.priority,
    language: input.language,
    tags: input.tagIds.map((id) => byId.get(id) ?? ({ id, name: id, kind: 'SUBJECT' } as DraftTag)),
    correctionNote: input.correctionNote,
    embargoUntil: input.embargoUntil ? utcToZonedInput(input.embargoUntil, env().NEWSROOM_TIMEZONE) : '',
    liveCoverage: input.liveCoverage,
    leadImageId: input.leadImageId ?? '',
    bylines: input.bylines,
    bylineWith: input.bylineWith,
    body: input.body,
  };
}

/**
 * Saves a whole story from a program (the API's shape, tests, scripts): a new one is
 * created; an existing one is written into its shared document as an edit by this
 * person, so everyone with it open sees the change and nothing typed there is lost.
 * A stale `baseVersion` is refused with CONFLICT; a value the rules refuse is refused
 * whole, writing nothing.
 */
export async function saveStory(viewer: Viewer, input: TSaveStory, options: CreateOptions = {}): Promise<SavedStory> {
  const { id, baseVersion, autosave, ...fields } = input;
  if (!id) return createStory(viewer, fields, options);
  assertCan(viewer, 'story.edit');
  const draft = await draftOfInput(fields);
  const edited = await editStoryDocument(viewer, id, (doc) => writeSharedDraft(doc, draft), { baseVersion, reason: autosave ? 'AUTOSAVE' : 'SAVE' });
  return edited.story;
}

/** Makes an earlier revision the working copy again, as everyone's edit of the shared document and a new revision of its own. */
export async function restoreRevision(viewer: Viewer, input: { storyId: string; revisionId: string; baseVersion?: number }): Promise<SavedStory> {
  assertCan(viewer, 'story.restoreRevision');
  const revision = await prisma.storyRevision.findFirst({ where: { id: input.revisionId, storyId: input.storyId } });
  if (!revision) throw new AppError('NOT_FOUND', 'That revision does not exist.');
  const { bodyText: _derived, ...content } = contentOf(revision);
  const tags = await prisma.tag.findMany({ where: { id: { in: content.tagIds } }, select: { id: true, name: true, kind: true } });
  const byId = new Map(tags.map((t) => [t.id, t]));
  const edited = await editStoryDocument(
    viewer,
    input.storyId,
    (doc, current) =>
      writeSharedDraft(doc, {
        ...current,
        headline: content.headline,
        subheadline: content.subheadline,
        datelinePlace: content.datelinePlace,
        datelineDate: content.datelineDate?.toISOString().slice(0, 10) ?? '',
        credit: content.credit,
        sectionId: content.sectionId ?? '',
        topicId: content.topicId ?? '',
        priority: content.priority,
        language: content.language as Draft['language'],
        tags: content.tagIds.flatMap((id) => byId.get(id) ?? []),
        body: content.body,
      }),
    { baseVersion: input.baseVersion, reason: 'RESTORE', note: `Restored revision ${revision.number}` },
  );
  return edited.story;
}

/** A bulk change to one story: a few fields set as this person's edit of its shared document, through the same writer as typing. */
export async function changeStoryFields(
  viewer: Viewer,
  storyId: string,
  change: (current: Draft) => Partial<Pick<Draft, 'sectionId' | 'topicId' | 'tags'>>,
): Promise<SavedStory> {
  assertCan(viewer, 'story.edit');
  const edited = await editStoryDocument(viewer, storyId, (doc, current) => setScalars(doc, change(current)), { reason: 'SAVE' });
  return edited.story;
}

/** A reference many stories share, replaced under them: a tag merged into another, or a deleted section's stories moved to another. */
export type ReplacedReference = { tagId: string; by: DraftTag } | { sectionId: string; by: string };

/**
 * After a tag merge or a section's deletion rewrote the stories' own rows, each story's
 * shared document follows as this person's edit, so open editors see the new tag or
 * section and the next store does not hold the old one back as "no longer exists".
 * Stories without a shared document yet make theirs from the row when opened. Returns
 * how many documents followed.
 */
export async function followReplacedReference(viewer: Viewer, replaced: ReplacedReference): Promise<number> {
  const byTag = 'tagId' in replaced;
  const states = await prisma.storyCollabState.findMany({
    where: { story: byTag ? { tags: { some: { tagId: replaced.by.id } } } : { sectionId: replaced.by } },
    select: { storyId: true },
  });
  let followed = 0;
  for (const { storyId } of states) {
    const change = (current: Draft): Partial<Pick<Draft, 'tags' | 'sectionId'>> => {
      if (!byTag) return current.sectionId === replaced.sectionId ? { sectionId: replaced.by } : {};
      if (!current.tags.some((t) => t.id === replaced.tagId)) return {};
      const tags = current.tags.map((t) => (t.id === replaced.tagId ? replaced.by : t));
      return { tags: tags.filter((t, i) => tags.findIndex((other) => other.id === t.id) === i) };
    };
    await editStoryDocument(viewer, storyId, (doc, current) => setScalars(doc, change(current)), { reason: 'SAVE', readOnlyToo: true }).then(
      () => followed++,
      () => {},
    );
  }
  return followed;
}
