import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import type { StoryStatus } from './workflow';

export type DeskFilter = { status?: StoryStatus; mine?: boolean };

/** Stories on the desk, most recently changed first. */
export async function listDeskStories(viewer: Viewer, filter: DeskFilter = {}, take = 50) {
  assertCan(viewer, 'desk.view');
  return prisma.story.findMany({
    where: { status: filter.status, authorId: filter.mine ? viewer.id : undefined },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true, slug: true, headline: true, status: true, priority: true, updatedAt: true,
      section: { select: { name: true } },
      author: { select: { name: true } },
      publication: { select: { killedAt: true } },
    },
  });
}

/** How many stories are in each status, for the desk's filter tabs. */
export async function countStoriesByStatus(viewer: Viewer): Promise<Partial<Record<StoryStatus, number>>> {
  assertCan(viewer, 'desk.view');
  const groups = await prisma.story.groupBy({ by: ['status'], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}

/** Stories waiting for review: FLASH, then URGENT, then the rest; oldest submission first. */
export async function listReviewQueue(viewer: Viewer) {
  assertCan(viewer, 'desk.view');
  return prisma.story.findMany({
    where: { status: 'IN_REVIEW' },
    orderBy: [{ priority: 'asc' }, { submittedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true, headline: true, priority: true, submittedAt: true,
      author: { select: { name: true } }, section: { select: { name: true } }, publication: { select: { storyId: true } },
    },
  });
}

/** Everything that happened to a story, newest first. */
export async function listStoryActivity(viewer: Viewer, storyId: string) {
  assertCan(viewer, 'desk.view');
  return prisma.auditEvent.findMany({
    where: { storyId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, action: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: { select: { name: true } } },
  });
}
