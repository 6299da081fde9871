import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';

/** Everyone with a desk account, for the admin's user page. */
export async function listUsers(viewer: Viewer) {
  assertCan(viewer, 'user.manage');
  return prisma.user.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true, deactivatedAt: true },
  });
}
