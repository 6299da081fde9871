import 'server-only';
import { prisma } from '@/lib/db';
import type { ThrottleState } from './throttle-policy';

export function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email: email.toLowerCase() } });
}

/** The user, or null when the account is gone or deactivated. */
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

export async function clearThrottle(keys: string[]) {
  await prisma.authThrottle.deleteMany({ where: { key: { in: keys } } });
}

/** Every throttle whose key starts with one of the prefixes, soonest release last (for the users page). */
export function findThrottles(prefixes: string[]) {
  return prisma.authThrottle.findMany({ where: { OR: prefixes.map((prefix) => ({ key: { startsWith: prefix } })) } });
}
