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
