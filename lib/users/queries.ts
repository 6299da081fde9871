import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { findThrottles } from '@/lib/auth/queries';
import { countOpenSessions } from '@/lib/auth/sessions';

/**
 * Everyone with a desk account, for the admin's user page: with their open sessions,
 * and until when their sign-in is held back (locked from some address, or slowed).
 */
export async function listUsers(viewer: Viewer, now = new Date()) {
  assertCan(viewer, 'user.manage');
  const users = await prisma.user.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true, deactivatedAt: true },
  });
  const [sessions, throttles] = await Promise.all([
    countOpenSessions(
      users.map((u) => u.id),
      now,
    ),
    findThrottles(['account:', 'pair:', 'device:']),
  ]);
  const open = new Map(sessions.map((s) => [s.userId, s._count]));
  const held = new Map<string, Date>();
  for (const throttle of throttles) {
    if (!throttle.lockedUntil || throttle.lockedUntil <= now) continue;
    const email = throttle.key.slice(throttle.key.indexOf(':') + 1).split('|')[0]!;
    if (!held.has(email) || held.get(email)! < throttle.lockedUntil) held.set(email, throttle.lockedUntil);
  }
  return users.map((user) => ({ ...user, openSessions: open.get(user.id) ?? 0, signInHeldUntil: held.get(user.email) ?? null }));
}

/** Everyone who has worked on the desk, by id (their names on suggestions and comments, deactivated people included). */
export async function deskPeopleNames(viewer: Viewer): Promise<Record<string, string>> {
  assertCan(viewer, 'desk.view');
  const people = await prisma.user.findMany({ select: { id: true, name: true } });
  return Object.fromEntries(people.map((person) => [person.id, person.name]));
}
