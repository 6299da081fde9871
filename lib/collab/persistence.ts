import * as Y from 'yjs';
import { prisma } from '@/lib/db';
import { canonicalJson } from '@/lib/stories/content';
import { bodyOfYDoc } from './document-state';
import { bodySchemaFragment } from './seed';

/**
 * A story's shared document as stored. The first to open a story creates it from the
 * saved body, once (INSERT … ON CONFLICT DO NOTHING: two instances opening it at the same
 * moment end up with the same state). When the body was saved without the shared
 * document since (a form save, a restore), the stored state is made again from it.
 */
export async function loadSharedState(storyId: string): Promise<Uint8Array | null> {
  const story = await prisma.story.findUnique({ where: { id: storyId }, select: { body: true, updatedAt: true, collabState: { select: { state: true, updatedAt: true } } } });
  if (!story) return null;
  const stored = story.collabState;
  if (stored) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    const current = canonicalJson(bodyOfYDoc(doc)) === canonicalJson(story.body);
    if (current || stored.updatedAt >= story.updatedAt) return stored.state;
    const fresh = Y.encodeStateAsUpdate(bodySchemaFragment(story.body));
    const replaced = await prisma.storyCollabState.updateMany({ where: { storyId, updatedAt: stored.updatedAt }, data: { state: Buffer.from(fresh) } });
    if (replaced.count === 1) return fresh;
    return (await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId } })).state;
  }
  const seeded = Buffer.from(Y.encodeStateAsUpdate(bodySchemaFragment(story.body)));
  await prisma.$executeRaw`INSERT INTO "StoryCollabState" ("storyId", "state", "updatedAt") VALUES (${storyId}, ${seeded}, now()) ON CONFLICT ("storyId") DO NOTHING`;
  return (await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId } })).state;
}

/** Keeps the merged state (every acknowledged edit survives a restart). */
export async function storeSharedState(storyId: string, doc: Y.Doc) {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  await prisma.storyCollabState.upsert({ where: { storyId }, create: { storyId, state }, update: { state } });
}

