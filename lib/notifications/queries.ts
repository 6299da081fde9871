import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';

export function countUnread(viewer: Viewer) {
  return prisma.notification.count({ where: { userId: viewer.id, readAt: null } });
}

/** The viewer's notifications, newest first; showing them marks them read. */
export async function takeNotifications(viewer: Viewer) {
  const notifications = await prisma.notification.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, message: true, kind: true, readAt: true, createdAt: true, storyId: true },
  });
  await prisma.notification.updateMany({ where: { userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
  return notifications;
}
