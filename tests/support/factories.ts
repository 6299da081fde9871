import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import type { Viewer } from '@/lib/auth/permissions';
import { type Role } from '@/lib/enums';

export const TEST_PASSWORD = 'correct horse battery';
let cachedHash: Promise<string> | undefined;

/** A user with a unique email; the password is TEST_PASSWORD. */
export async function seedUser(role: Role = 'EDITOR', overrides: { active?: boolean; email?: string } = {}): Promise<Viewer> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
  const user = await prisma.user.create({
    data: { email, name: `${role} ${email.slice(0, 12)}`, role, passwordHash: await cachedHash, active: overrides.active ?? true },
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
