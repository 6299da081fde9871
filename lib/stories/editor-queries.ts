import 'server-only';
import { prisma } from '@/lib/db';
import { AppError, type FieldErrors } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import * as Y from 'yjs';
import { contentOf } from './records';
import { diffStoryContent, type FieldDiff } from './diff';

/** A story's working copy for the desk editor, or null. */
export async function getStoryForEditor(viewer: Viewer, id: string) {
  assertCan(viewer, 'desk.view');
  const story = await prisma.story.findUnique({
    where: { id },
    include: {
      tags: { orderBy: { position: 'asc' }, include: { tag: { select: { id: true, name: true, kind: true } } } },
      author: { select: { name: true } },
      lastEditor: { select: { name: true } },
      publication: { select: { slug: true, killedAt: true, storyVersion: true, updateNumber: true, liveCoverage: true } },
      collabState: { select: { storeErrors: true, state: true } },
    },
  });
  if (!story) return null;
  const { collabState, ...rest } = story;
  /** Fields the shared document holds that the story does not (its last store held them back), by field. */
  const unstored = (collabState?.storeErrors ?? null) as FieldErrors | null;
  /** Whose edits the stored shared text holds: a device's copy with more is not stored yet. */
  const storedStateVector = collabState ? Buffer.from(Y.encodeStateVectorFromUpdate(collabState.state)).toString('base64') : null;
  return { ...rest, unstored, storedStateVector };
}

/** The revision history of a story, newest first. */
export async function listRevisions(viewer: Viewer, storyId: string) {
  assertCan(viewer, 'desk.view');
  return prisma.storyRevision.findMany({
    where: { storyId },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, reason: true, status: true, createdAt: true, updatedAt: true, author: { select: { name: true } } },
  });
}

/** A word-level diff between two revisions of the same story. */
export async function diffRevisions(viewer: Viewer, input: { storyId: string; fromId: string; toId: string }): Promise<FieldDiff[]> {
  assertCan(viewer, 'desk.view');
  const revisions = await prisma.storyRevision.findMany({ where: { storyId: input.storyId, id: { in: [input.fromId, input.toId] } } });
  const from = revisions.find((r) => r.id === input.fromId);
  const to = revisions.find((r) => r.id === input.toId);
  if (!from || !to) throw new AppError('NOT_FOUND', 'Those revisions do not belong to this story.');
  const ids = (key: 'sectionId' | 'topicId') => [from[key], to[key]].filter((v): v is string => !!v);
  const [sections, topics, tags] = await Promise.all([
    prisma.section.findMany({ where: { id: { in: ids('sectionId') } }, select: { id: true, name: true } }),
    prisma.topic.findMany({ where: { id: { in: ids('topicId') } }, select: { id: true, title: true } }),
    prisma.tag.findMany({ where: { id: { in: [...from.tagIds, ...to.tagIds] } }, select: { id: true, name: true } }),
  ]);
  return diffStoryContent(contentOf(from), contentOf(to), {
    sections: new Map(sections.map((s) => [s.id, s.name])),
    topics: new Map(topics.map((t) => [t.id, t.title])),
    tags: new Map(tags.map((t) => [t.id, t.name])),
  });
}

/** A story's working copy with what its public page shows (section, topic, tags), for the desk's Preview. */
export async function getStoryForPreview(viewer: Viewer, id: string) {
  assertCan(viewer, 'desk.view');
  return prisma.story.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      headline: true,
      subheadline: true,
      language: true,
      body: true,
      datelinePlace: true,
      datelineDate: true,
      credit: true,
      correctionNote: true,
      firstPublishedAt: true,
      publishedAt: true,
      leadImageId: true,
      bylines: true,
      bylineWith: true,
      section: { select: { name: true, slug: true, hidden: true } },
      topic: { select: { title: true, slug: true, background: true } },
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true, slug: true } } } },
    },
  });
}
