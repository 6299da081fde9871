import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from './permissions';

/** How long a sign-in lasts; the session cookie says the same. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** `lastSeenAt` is written at most this often, so desk requests do not each write a row. */
const TOUCH_AFTER_MS = 5 * 60_000;

/** Records a new signed-in browser; its id goes into the session cookie. */
export async function createSession(userId: string, client: { address: string; userAgent: string }, now = new Date()): Promise<string> {
  const session = await prisma.session.create({
    data: {
      userId,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      clientAddress: client.address.slice(0, 64),
      userAgent: client.userAgent.slice(0, 300),
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * The person behind a session cookie, read from the database on every request: null
 * once the session is revoked (signed out, "sign out everywhere") or expired, or the
 * account deactivated, whatever the cookie's signature says.
 */
export async function findSessionViewer(sessionId: string, userId: string, now = new Date()): Promise<Viewer | null> {
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now || !session.user.active) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await prisma.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } }).catch(() => {});
  }
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

/** Sign-out: this browser's session ends here, so a copy of its cookie opens nothing. */
export async function revokeSession(sessionId: string, now = new Date()) {
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user (their own "Sign out everywhere", or an admin's). */
export async function revokeAllSessions(viewer: Viewer, userId: string, now = new Date()): Promise<number> {
  if (userId !== viewer.id) assertCan(viewer, 'user.manage');
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'user.signOutEverywhere', data: { userId, sessions: count } } });
    return count;
  });
}

/** Open sessions of a user, newest first (the users page shows how many). */
export function countOpenSessions(userIds: string[], now = new Date()) {
  return prisma.session.groupBy({ by: ['userId'], where: { userId: { in: userIds }, revokedAt: null, expiresAt: { gt: now } }, _count: true });
}
