import { prisma } from '@/lib/db';
import type { ThrottleState } from './throttle-policy';

export function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email: email.toLowerCase() } });
}

/** The user behind a session, or null when the account is gone or deactivated. */
export async function findActiveUser(id: string) {
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true } });
  return user?.active ? user : null;
}

export async function readThrottles(keys: string[]): Promise<Map<string, ThrottleState>> {
  const rows = await prisma.authThrottle.findMany({ where: { key: { in: keys } } });
  return new Map(rows.map((row) => [row.key, row]));
}

export async function writeThrottle(key: string, state: ThrottleState) {
  await prisma.authThrottle.upsert({ where: { key }, create: { key, ...state }, update: state });
}

export async function clearThrottle(key: string) {
  await prisma.authThrottle.deleteMany({ where: { key } });
}
