import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { saveStory } from '@/lib/stories/mutations';
import { isLanguage } from '@/lib/stories/limits';
import { readDoc } from '@/lib/content/document';

import { addComment } from '@/lib/comments/mutations';
import { bylinesOfItem } from './bylines';
import { priorityOfUrgency } from './urgency';

/**
 * Turns incoming wire copy into an editable draft that keeps the link to its source
 * and credits it. Using an item twice opens the draft made the first time; killed
 * copy cannot be used.
 */
export async function draftFromWireItem(viewer: Viewer, wireItemId: string): Promise<{ storyId: string; created: boolean }> {
  assertCan(viewer, 'wire.use');
  const item = await prisma.wireItem.findUnique({ where: { id: wireItemId }, include: { story: { select: { id: true } } } });
  if (!item) throw new AppError('NOT_FOUND', 'That wire item no longer exists.');
  if (item.story) return { storyId: item.story.id, created: false };
  if (item.killedAt) throw new AppError('INVALID_INPUT', 'The agency killed this item: it cannot be used.');
  const existingTags = await prisma.tag.findMany({ where: { id: { in: item.tagIds } }, select: { id: true } });
  const date = item.versionCreatedAt ?? item.receivedAt;
  const saved = await saveStory(
    viewer,
    {
      headline: item.headline.slice(0, 160),
      subheadline: item.subheadline.slice(0, 400),
      slug: '',
      datelinePlace: item.datelinePlace.slice(0, 80),
      datelineDate: new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`),
      credit: item.source.slice(0, 40),
      sectionId: null,
      topicId: null,
      priority: priorityOfUrgency(item.urgency),
      language: isLanguage(item.language) ? item.language : 'en',
      tagIds: existingTags.map((t) => t.id),
      body: readDoc(item.body),
      correctionNote: '',
      // The agency's embargo holds for the desk's story too (one already past is no embargo).
      embargoUntil: item.embargoUntil && item.embargoUntil > new Date() ? item.embargoUntil : null,
      liveCoverage: false,
      leadImageId: null,
      baseVersion: 0,
      autosave: false,
      // The agency's byline becomes the story's: its people as free names, with the roles the item gives them.
      bylines: bylinesOfItem(item.byline, (item.meta as { contributors?: unknown } | null)?.contributors),
      bylineWith: '',
    },
    { wire: { itemId: item.id, version: item.version, note: `From wire copy: ${item.source} ${item.guid} (version ${item.version})` } },
  );
  // What the agency said to editors stays with the draft as a note on the desk (never shown to readers).
  const note = item.edNote ? `Editor's note from ${item.source}: ${item.edNote}` : '';
  if (note) await addComment(viewer, { storyId: saved.id, text: note.slice(0, 2000), anchor: null });
  return { storyId: saved.id, created: true };
}
