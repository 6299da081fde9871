import { ZUserCreate } from '@/lib/users/validation';
import { parseInput } from '@/lib/errors';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { findActiveUser } from '@/lib/auth/queries';
import { createUser, updateUser } from '@/lib/users/mutations';
import { listUsers } from '@/lib/users/queries';
import { seedUser } from '../support/factories';

const newUser = (email = `new-${Math.random().toString(36).slice(2)}@test.example`) => ({
  name: 'New Person',
  email,
  role: 'EDITOR' as const,
  password: 'a-long-password-1',
});

describe('user management', () => {
  it('an admin creates a user with a hashed password, and it is audited', async () => {
    const admin = await seedUser('ADMIN');
    const created = await createUser(admin, newUser());
    const row = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await prisma.auditEvent.count({ where: { action: 'user.create', actorId: admin.id } })).toBe(1);
  });

  it('refuses a duplicate email with a message on the field', async () => {
    const admin = await seedUser('ADMIN');
    const input = newUser();
    await createUser(admin, input);
    await expect(createUser(admin, parseInput(ZUserCreate, { ...input, email: input.email.toUpperCase() }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { email: [expect.stringMatching(/already/)] },
    });
  });

  it('deactivating a user ends their session lookups', async () => {
    const admin = await seedUser('ADMIN');
    const editor = await seedUser('EDITOR');
    expect(await findActiveUser(editor.id)).not.toBeNull();
    await updateUser(admin, { id: editor.id, role: 'EDITOR', active: false });
    expect(await findActiveUser(editor.id)).toBeNull();
    const row = await prisma.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row.deactivatedAt).not.toBeNull();
  });

  it('an admin cannot remove their own admin access', async () => {
    const admin = await seedUser('ADMIN');
    await expect(updateUser(admin, { id: admin.id, role: 'EDITOR', active: true })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(updateUser(admin, { id: admin.id, role: 'ADMIN', active: false })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  for (const role of ['EDITOR', 'REVIEWER'] as const) {
    it(`refuses every user-management call from a ${role}`, async () => {
      const actor = await seedUser(role);
      const target = await seedUser('EDITOR');
      await expect(listUsers(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const attempted = newUser();
      await expect(createUser(actor, attempted)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateUser(actor, { id: target.id, role: 'ADMIN', active: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const row = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
      expect(row.role).toBe('EDITOR');
      expect(await prisma.user.count({ where: { email: attempted.email } })).toBe(0);
    });
  }
});
