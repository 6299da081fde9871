import 'server-only';
import type { Tx } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { docToPlainText } from '@/lib/content/text';
import { env } from '@/lib/env';
import { AppError, fieldErrorsOf, type FieldErrors } from '@/lib/errors';
import { slugify, uniqueSlug } from '@/lib/text/slug';
import { sameContent, type StoryContent } from './content';
import { toSavePayload, type Draft } from './draft';
import { draftOfStory } from './draft-of-story';
import { textAuthorship, textChangeSize } from './edit-size';
import { contentOf, recordRevision, replaceTags, storyRowColumns } from './records';
import { ZSaveStory, type TSaveStory } from './validation';
import { isEditable, planTransition } from './workflow';

/** A story's fields as parsed by `ZSaveStory`, without the envelope. */
export type StoryFields = Omit<TSaveStory, 'id' | 'baseVersion' | 'autosave'>;

export type SavedStory = { id: string; version: number; slug: string; status: string; updatedAt: Date; changed: boolean };

/** A write of the working copy: the story as written (null when nothing changed), and the fields kept at their stored value because the rules refused them. */
export type WorkingCopyWrite = { saved: SavedStory | null; held: FieldErrors };

export const storyWithTags = { tags: { include: { tag: { select: { id: true, name: true, kind: true } } } } } as const;

/** The form's name of a field a save payload's error path points at ('tagIds.0' is the tags). */
const draftField = (path: string) => {
  const top = path.split('.')[0]!;
  return top === 'tagIds' ? 'tags' : top;
};

/** Field errors keyed by the form's field names. */
export function draftFieldErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) (out[draftField(path)] ??= []).push(...messages);
  return out;
}

export const mergeErrors = (a: FieldErrors, b: FieldErrors): FieldErrors => {
  const out: FieldErrors = { ...a };
  for (const [field, messages] of Object.entries(b)) out[field] = [...new Set([...(out[field] ?? []), ...messages])];
  return out;
};

/** The rules a parsed story must also meet against the database (references, the slug, the embargo, a correction note), as field errors. */
export async function storyRefusals(
  tx: Tx,
  story: {
    id: string;
    slug: string;
    language: string;
    translationRootId: string | null;
    embargoUntil: Date | null;
    firstPublishedAt: Date | null;
    hasPublication: boolean;
  } | null,
  input: StoryFields,
  now: Date,
): Promise<{ errors: FieldErrors; slug: string }> {
  const errors: FieldErrors = {};
  if (input.sectionId && !(await tx.section.findUnique({ where: { id: input.sectionId }, select: { id: true } })))
    errors.sectionId = ['That section no longer exists.'];
  if (input.topicId && !(await tx.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) errors.topicId = ['That topic no longer exists.'];
  const unique = [...new Set(input.tagIds)];
  if (unique.length !== input.tagIds.length) errors.tags = ['A tag is listed twice.'];
  else if (unique.length && (await tx.tag.count({ where: { id: { in: unique } } })) !== unique.length)
    errors.tags = ['A tag no longer exists. Remove it and choose another.'];
  if (input.leadImageId && !(await tx.asset.findUnique({ where: { id: input.leadImageId }, select: { id: true } })))
    errors.leadImageId = ['That image no longer exists.'];
  const users = input.bylines.filter((b) => b.kind === 'user').map((b) => b.id);
  const contributors = input.bylines.filter((b) => b.kind === 'contributor').map((b) => b.id);
  if (users.length && (await tx.user.count({ where: { id: { in: [...new Set(users)] } } })) !== new Set(users).size)
    errors.bylines = ['A desk user in the byline no longer exists. Remove them and choose again.'];
  else if (contributors.length && (await tx.contributor.count({ where: { id: { in: [...new Set(contributors)] } } })) !== new Set(contributors).size)
    errors.bylines = ['A contributor in the byline no longer exists. Remove them and choose again.'];
  // A family of translations holds one story per language: a member's language is the one Translate gave it.
  if (story?.translationRootId && input.language !== story.language)
    errors.language = ['A story with translations keeps its language: use Translate for another language.'];
  if (input.correctionNote && !story?.hasPublication) errors.correctionNote = ['Only an update of a published story can carry a correction note.'];
  const toSecond = (date: Date | null) => (date ? Math.floor(date.getTime() / 1000) : null); // the form's precision
  const embargoChanged = toSecond(story?.embargoUntil ?? null) !== toSecond(input.embargoUntil);
  if (embargoChanged && story?.hasPublication) errors.embargoUntil = ['Fixed at publication.'];
  else if (embargoChanged && input.embargoUntil && input.embargoUntil <= now) errors.embargoUntil = ['Choose a time in the future, or leave it empty.'];

  let slug = story?.slug ?? '';
  if (story?.firstPublishedAt) {
    if (input.slug && input.slug !== story.slug) errors.slug = ['The slug is frozen after first publication.'];
  } else {
    const others = { NOT: story ? { id: story.id } : undefined };
    if (input.slug) {
      if (await tx.story.findFirst({ where: { slug: input.slug, ...others }, select: { id: true } }))
        errors.slug = ['That slug is already used by another story.'];
      else slug = input.slug;
    } else {
      const base = input.headline ? slugify(input.headline) : story?.slug.startsWith('untitled-') ? story.slug : `untitled-${now.getTime().toString(36)}`;
      if (base !== story?.slug) {
        const similar = await tx.story.findMany({ where: { slug: { startsWith: base }, ...others }, select: { slug: true } });
        slug = uniqueSlug(base, new Set(similar.map((s) => s.slug)));
      }
    }
  }
  return { errors, slug };
}

/** A parsed story's content columns (the credit defaults to the agency's). */
export function contentOfInput(input: StoryFields): StoryContent {
  return {
    headline: input.headline,
    subheadline: input.subheadline,
    datelinePlace: input.datelinePlace,
    datelineDate: input.datelineDate,
    credit: input.credit || env().NEWSROOM_AGENCY_CREDIT,
    sectionId: input.sectionId,
    topicId: input.topicId,
    priority: input.priority,
    language: input.language,
    tagIds: input.tagIds,
    body: input.body,
    bodyText: docToPlainText(input.body),
    bylines: input.bylines,
    bylineWith: input.bylineWith,
  };
}

/** A draft with the fields in `held` put back to their stored values. */
function keepStored(draft: Draft, stored: Draft, held: FieldErrors): Draft {
  const kept = { ...draft } as Record<string, unknown>;
  for (const field of Object.keys(held)) if (field in stored) kept[field] = stored[field as keyof Draft];
  return kept as Draft;
}

type WriteOptions = { reason?: 'RESTORE' | 'SAVE' | 'AUTOSAVE'; note?: string };

/**
 * THE writer of a story's working copy (its row, tags, revision and the edit move), from
 * the draft its shared document holds, inside the caller's transaction (which holds the
 * story's lock). Fields the rules refuse keep their stored value and come back in `held`
 * with why, so the rest is written; a story the workflow holds read-only (killed, spiked,
 * scheduled) is never written.
 */
export async function writeWorkingCopy(
  tx: Tx,
  viewer: Viewer,
  storyId: string,
  draft: Draft,
  options: WriteOptions = {},
  now = new Date(),
): Promise<WorkingCopyWrite> {
  assertCan(viewer, 'story.edit');
  const story = await tx.story.findUnique({ where: { id: storyId }, include: { ...storyWithTags, publication: { select: { storyId: true } } } });
  if (!story) throw new AppError('NOT_FOUND', 'This story no longer exists.');
  if (!isEditable(story.status)) return { saved: null, held: {} };
  const stored = draftOfStory(story);
  const reason = options.reason ?? 'AUTOSAVE';
  let held: FieldErrors = {};
  // Each round holds back what the last refused; a field is held at most once, so this ends.
  for (let round = 0; round < 4; round++) {
    const parsed = ZSaveStory.safeParse(toSavePayload(keepStored(draft, stored, held), storyId, story.version, reason === 'AUTOSAVE'));
    if (!parsed.success) {
      held = mergeErrors(held, draftFieldErrors(fieldErrorsOf(parsed.error)));
      continue;
    }
    const input = parsed.data;
    const refused = await storyRefusals(tx, { ...story, hasPublication: !!story.publication }, input, now);
    if (Object.keys(refused.errors).length) {
      held = mergeErrors(held, refused.errors);
      continue;
    }
    const content = contentOfInput(input);
    const slug = refused.slug;
    const embargoUntil = input.embargoUntil;
    const sameEmbargo = (embargoUntil?.getTime() ?? null) === (story.embargoUntil?.getTime() ?? null) || !!story.publication;
    if (
      sameContent(contentOf(story), content) &&
      slug === story.slug &&
      input.correctionNote === story.correctionNote &&
      sameEmbargo &&
      input.liveCoverage === story.liveCoverage &&
      input.leadImageId === story.leadImageId &&
      options.reason !== 'RESTORE'
    ) {
      return { saved: null, held };
    }
    // A status moves only by the workflow table: editing is its `edit` move.
    const plan = planTransition(
      { status: story.status, priority: story.priority, lastEditorId: story.lastEditorId, isLive: !!story.publication },
      'edit',
      viewer,
    );
    const version = story.version + 1;
    // Whose text it is for the four-eyes rule: a small fix by a reviewer leaves it the writer's.
    const authorship = textAuthorship(story, viewer.id, textChangeSize(contentOf(story), content));
    const updated = await tx.story.update({
      where: { id: story.id },
      data: {
        ...storyRowColumns(content),
        slug,
        correctionNote: input.correctionNote,
        embargoUntil: story.publication ? story.embargoUntil : embargoUntil,
        liveCoverage: input.liveCoverage,
        leadImageId: input.leadImageId,
        status: plan.to,
        lastEditorId: viewer.id,
        ...authorship,
        version,
      },
      select: { updatedAt: true },
    });
    await replaceTags(tx, story.id, content.tagIds);
    const revisionReason = options.reason === 'RESTORE' ? 'RESTORE' : plan.to === story.status ? reason : 'STATUS_CHANGE';
    await recordRevision(tx, { storyId: story.id, authorId: viewer.id, reason: revisionReason, storyVersion: version, status: plan.to, content, now });
    if (options.reason === 'RESTORE')
      await tx.auditEvent.create({ data: { storyId: story.id, actorId: viewer.id, action: 'story.restore', note: options.note ?? '' } });
    if (plan.to !== story.status) {
      await tx.auditEvent.create({
        data: {
          storyId: story.id,
          actorId: viewer.id,
          action: 'story.edit',
          fromStatus: story.status,
          toStatus: plan.to,
          note: story.status === 'PUBLISHED' ? 'Update to a published story opened' : 'Approved text changed',
        },
      });
    }
    return { saved: { id: story.id, version, slug, status: plan.to, updatedAt: updated.updatedAt, changed: true }, held };
  }
  return { saved: null, held };
}
