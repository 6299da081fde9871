import 'server-only';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { countDeskStories } from '@/lib/stories/desk-queries';
import { parseDeskFilter } from '@/lib/stories/desk-filter';
import { findTagForFilter } from '@/lib/tags/queries';
import { viewParams } from './query';

/** This person's views and those shared with the desk, each with how many stories it shows now. */
export async function listSavedViews(viewer: Viewer) {
  assertCan(viewer, 'desk.view');
  const views = await prisma.savedView.findMany({
    where: { OR: [{ ownerId: viewer.id }, { shared: true }] },
    orderBy: [{ shared: 'asc' }, { name: 'asc' }],
    take: 50,
    select: { id: true, name: true, query: true, shared: true, ownerId: true, owner: { select: { name: true } } },
  });
  return Promise.all(views.map(async (view) => {
    const params = viewParams(view.query);
    const filter = parseDeskFilter(params);
    if (params.tag) filter.tagId = (await findTagForFilter(viewer, params.tag))?.id ?? 'no-such-tag';
    const counts = await countDeskStories(viewer, filter);
    const count = filter.status ? counts.byStatus[filter.status] ?? 0 : counts.all;
    return { ...view, mine: view.ownerId === viewer.id, count, capped: counts.capped };
  }));
}
