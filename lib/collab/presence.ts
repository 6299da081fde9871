import { prisma } from '@/lib/db';
import type { Activity } from './messages';

type PresenceRow = { socketId: string; storyId: string; userId: string; instanceId: string; activity: Activity };

/** One connection's presence on a story, as the desk lists show it. */
export async function setPresence(row: PresenceRow) {
  await prisma.storyPresence.upsert({
    where: { socketId_storyId: { socketId: row.socketId, storyId: row.storyId } },
    create: row,
    update: { activity: row.activity, seenAt: new Date() },
  });
}

export async function leavePresence(socketId: string, storyId: string) {
  await prisma.storyPresence.deleteMany({ where: { socketId, storyId } });
}

/** Keeps this instance's open connections fresh, and forgets rows nobody renewed (an instance that died). */
export async function renewPresence(instanceId: string, socketIds: string[]) {
  await prisma.storyPresence.updateMany({ where: { instanceId, socketId: { in: socketIds } }, data: { seenAt: new Date() } });
  await prisma.storyPresence.deleteMany({ where: { seenAt: { lt: new Date(Date.now() - 10 * 60_000) } } });
}

export async function clearPresence(instanceId: string) {
  await prisma.storyPresence.deleteMany({ where: { instanceId } });
}
