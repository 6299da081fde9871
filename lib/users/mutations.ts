import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { hashPassword } from '@/lib/auth/password';
import { accountKeyPrefixes } from '@/lib/auth/throttle-policy';
import { type TUserCreate, type TUserUpdate } from './validation';

/** Creates a desk account. Admins only; the email must be new. */
export async function createUser(viewer: Viewer, data: TUserCreate) {
  assertCan(viewer, 'user.manage');
  const existing = await prisma.user.findUnique({ where: { email: data.email } });
  if (existing) throw new AppError('CONFLICT', 'That email already has an account.', { email: ['That email already has an account.'] });
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { name: data.name, email: data.email, role: data.role, passwordHash },
      select: { id: true, name: true, email: true, role: true },
    });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'user.create', data: { userId: user.id, role: user.role } } });
    return user;
  });
}

/** Changes a user's role or deactivates/reactivates them. Deactivation ends their sessions. */
export async function updateUser(viewer: Viewer, data: TUserUpdate) {
  assertCan(viewer, 'user.manage');
  if (data.id === viewer.id && (!data.active || data.role !== 'ADMIN')) {
    throw new AppError('INVALID_INPUT', 'You cannot remove your own admin access.');
  }
  const user = await prisma.user.findUnique({ where: { id: data.id } });
  if (!user) throw new AppError('NOT_FOUND', 'No such user.');
  return prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: data.id },
      data: {
        role: data.role,
        active: data.active,
        deactivatedAt: data.active ? null : (user.deactivatedAt ?? new Date()),
      },
      select: { id: true, name: true, email: true, role: true, active: true },
    });
    await tx.auditEvent.create({
      data: { actorId: viewer.id, action: 'user.update', data: { userId: user.id, role: data.role, active: data.active } },
    });
    return updated;
  });
}

/** Lets a user sign in again at once: clears every lock and slowdown on their account. */
export async function unlockSignIn(viewer: Viewer, input: { id: string }) {
  assertCan(viewer, 'user.manage');
  const user = await prisma.user.findUnique({ where: { id: input.id }, select: { id: true, email: true } });
  if (!user) throw new AppError('NOT_FOUND', 'No such user.');
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.authThrottle.deleteMany({ where: { OR: accountKeyPrefixes(user.email).map((prefix) => ({ key: { startsWith: prefix } })) } });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'user.unlockSignIn', data: { userId: user.id, cleared: count } } });
    return count;
  });
}
