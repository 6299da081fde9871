import * as Y from 'yjs';
import { prisma } from '@/lib/db';
import { canonicalJson } from '@/lib/stories/content';
import { draftOfStory } from '@/lib/stories/draft-of-story';
import { draftOfYDoc } from './document-state';
import { applyStoryToYDoc, seedYDoc } from './seed';

const storyWithTags = { tags: { include: { tag: { select: { id: true, name: true, kind: true } } } } } as const;

/** A story as the form and its shared document hold it. */
export async function storedDraft(storyId: string) {
  const story = await prisma.story.findUnique({ where: { id: storyId }, include: storyWithTags });
  return story ? { draft: draftOfStory(story), version: story.version, updatedAt: story.updatedAt } : null;
}

/**
 * A story's shared document as stored. The first to open a story creates it from the
 * saved story, once (INSERT … ON CONFLICT DO NOTHING: two instances opening it at the
 * same moment end up with the same state). When the story was written outside the
 * shared document since (a restore, a bulk change, the new-story form), the stored
 * state is brought to it as an edit on top, so devices holding the older state merge.
 */
export async function loadSharedState(storyId: string): Promise<Uint8Array | null> {
  const [stored, row] = await Promise.all([storedDraft(storyId), prisma.storyCollabState.findUnique({ where: { storyId } })]);
  if (!stored) return null;
  if (!row) {
    const seeded = Buffer.from(Y.encodeStateAsUpdate(seedYDoc(stored.draft)));
    await prisma.$executeRaw`INSERT INTO "StoryCollabState" ("storyId", "state", "appliedVersion", "updatedAt") VALUES (${storyId}, ${seeded}, ${stored.version}, now()) ON CONFLICT ("storyId") DO NOTHING`;
    return (await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId } })).state;
  }
  // Stored after the story's last write: the shared document is the newer (a restart before its text was written).
  if (row.updatedAt >= stored.updatedAt) return row.state;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state);
  if (canonicalJson(draftOfYDoc(doc, stored.draft)) === canonicalJson(stored.draft)) return row.state;
  applyStoryToYDoc(doc, stored.draft);
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  const replaced = await prisma.storyCollabState.updateMany({ where: { storyId, updatedAt: row.updatedAt }, data: { state, appliedVersion: stored.version } });
  if (replaced.count === 1) return state;
  return (await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId } })).state;
}

/** Keeps the merged state (every acknowledged edit survives a restart). */
export async function storeSharedState(storyId: string, doc: Y.Doc) {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  await prisma.storyCollabState.upsert({ where: { storyId }, create: { storyId, state }, update: { state } });
}

/**
 * One instance claims bringing a write made outside the shared document into it: the
 * one whose claim moves `appliedVersion` up to the story's version.
 */
export async function claimOutsideWrite(storyId: string, version: number): Promise<boolean> {
  const claimed = await prisma.storyCollabState.updateMany({ where: { storyId, appliedVersion: { lt: version } }, data: { appliedVersion: version } });
  return claimed.count === 1;
}
