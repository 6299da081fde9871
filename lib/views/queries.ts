import 'server-only';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { countDeskView, resolveDeskFilter } from '@/lib/stories/desk-queries';
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
  return Promise.all(
    views.map(async (view) => {
      const { filter } = await resolveDeskFilter(viewer, viewParams(view.query));
      return { ...view, mine: view.ownerId === viewer.id, ...(await countDeskView(viewer, filter)) };
    }),
  );
}
