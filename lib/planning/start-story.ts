import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/permissions';
import { emptyDoc } from '@/lib/content/document';
import { isLanguage } from '@/lib/stories/limits';
import { saveStory } from '@/lib/stories/mutations';
import { formatDeskDay } from '@/lib/time/format';
import { assertMayStartCoverage } from './access';

type PlannedStory = {
  headline: string;
  datelinePlace: string;
  datelineDate: Date;
  sectionId: string | null;
  topicId: string | null;
  priority: 'FLASH' | 'URGENT' | 'ROUTINE';
  language: string;
  tagIds: string[];
};

/**
 * THE one place planning creates a story: a new draft with the planned fields, through
 * the stories' own write path (validation, slug, revision, audit). Everything else in
 * lib/planning goes through here, so the story's create function can change in one line.
 */
async function createPlannedStory(viewer: Viewer, planned: PlannedStory) {
  return saveStory(viewer, {
    headline: planned.headline,
    subheadline: '',
    slug: '',
    datelinePlace: planned.datelinePlace,
    datelineDate: planned.datelineDate,
    credit: '',
    sectionId: planned.sectionId,
    topicId: planned.topicId,
    priority: planned.priority,
    language: isLanguage(planned.language) ? planned.language : 'en',
    tagIds: planned.tagIds,
    body: emptyDoc(),
    correctionNote: '',
    embargoUntil: null,
    liveCoverage: false,
    leadImageId: null,
    bylines: [],
    bylineWith: '',
    baseVersion: 0,
    autosave: false,
  });
}

/** The dateline's place from an event's place: "Kremlin, Moscow" → "Moscow" (the city is the last part). */
export function datelinePlaceOf(place: string): string {
  return (place.split(',').at(-1) ?? '').trim().slice(0, 80);
}

/**
 * "Start story": the coverage's story, made with what was planned (headline, or the
 * event's title, or the slug; desk, language, priority; the event's place, topic and
 * tags; the deadline's day as the dateline's), and linked to the coverage, which is then
 * in progress. Started twice (two people at once), the second gets the first's story.
 */
export async function startCoverageStory(viewer: Viewer, coverageId: string): Promise<{ storyId: string; created: boolean }> {
  const coverage = await prisma.coverage.findUnique({
    where: { id: coverageId },
    include: { event: { select: { title: true, place: true, topicId: true, tags: { orderBy: { position: 'asc' }, select: { tagId: true } } } } },
  });
  if (!coverage) throw new AppError('NOT_FOUND', 'This coverage no longer exists.');
  assertMayStartCoverage(viewer, coverage);
  if (coverage.storyId) return { storyId: coverage.storyId, created: false };
  if (coverage.status === 'CANCELLED') throw new AppError('INVALID_INPUT', 'This coverage was cancelled: set it back to planned before starting its story.');

  const planned: PlannedStory = {
    headline: (coverage.headline || coverage.event?.title || coverage.slug).slice(0, 160),
    datelinePlace: datelinePlaceOf(coverage.event?.place ?? ''),
    datelineDate: new Date(`${formatDeskDay(coverage.dueAt)}T00:00:00Z`),
    sectionId: coverage.sectionId,
    topicId: coverage.event?.topicId ?? null,
    priority: coverage.priority,
    language: coverage.language,
    tagIds: coverage.event?.tags.map((t) => t.tagId) ?? [],
  };
  // Two starts at once make the same slug from the same headline; the one refused by the
  // slug's uniqueness tries again (and then finds the other's story, or takes the next slug).
  const saved = await createPlannedStory(viewer, planned).catch((error: unknown) => {
    if ((error as { code?: string }).code !== 'P2002') throw error;
    return createPlannedStory(viewer, planned);
  });
  const linked = await prisma.$transaction(async (tx) => {
    const claimed = await tx.coverage.updateMany({
      where: { id: coverage.id, storyId: null },
      data: {
        storyId: saved.id,
        status: ['PLANNED', 'ASSIGNED'].includes(coverage.status) ? 'IN_PROGRESS' : coverage.status,
        assigneeId: coverage.assigneeId ?? viewer.id,
      },
    });
    if (claimed.count !== 1) return false;
    await tx.auditEvent.create({
      data: { storyId: saved.id, actorId: viewer.id, action: 'coverage.start', note: coverage.slug, data: { coverageId: coverage.id } },
    });
    return true;
  });
  if (!linked) {
    // Someone started it a moment earlier: the draft made here was never shown to anyone, so it goes, and theirs opens.
    await prisma.story.delete({ where: { id: saved.id } });
    const winner = await prisma.coverage.findUniqueOrThrow({ where: { id: coverage.id }, select: { storyId: true } });
    if (!winner.storyId) throw new AppError('CONFLICT', 'This coverage changed meanwhile. Reload and try again.');
    return { storyId: winner.storyId, created: false };
  }
  return { storyId: saved.id, created: true };
}
