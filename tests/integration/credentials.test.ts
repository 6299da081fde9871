import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { checkCredentials } from '@/lib/auth/credentials';
import { THROTTLE } from '@/lib/auth/throttle-policy';
import { seedUser, TEST_PASSWORD } from '../support/factories';

const ip = () => `10.0.0.${Math.floor(Math.random() * 250)}`;

describe('sign-in credentials', () => {
  it('accepts the right password and returns the role', async () => {
    const user = await seedUser('REVIEWER');
    const result = await checkCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, ip());
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: 'REVIEWER' } });
  });

  it('answers the same for a wrong password, an unknown email and a deactivated account', async () => {
    const user = await seedUser();
    const inactive = await seedUser('EDITOR', { active: false });
    expect(await checkCredentials({ email: user.email, password: 'wrong' }, ip())).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials({ email: 'nobody@test.example', password: TEST_PASSWORD }, ip())).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials({ email: inactive.email, password: TEST_PASSWORD }, ip())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('throttles an account after repeated failures, even with the right password, from any address', async () => {
    const user = await seedUser();
    for (let i = 0; i < THROTTLE.maxFailures.account; i++) await checkCredentials({ email: user.email, password: `wrong-${i}` }, ip());
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, ip())).toEqual({ ok: false, reason: 'throttled' });
    const row = await prisma.authThrottle.findUnique({ where: { key: `account:${user.email}` } });
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it('throttles an address that tries many accounts', async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < THROTTLE.maxFailures.ip; i++) await checkCredentials({ email: `guess-${i}@test.example`, password: 'x' }, address);
    const user = await seedUser();
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, address)).toEqual({ ok: false, reason: 'throttled' });
    expect((await checkCredentials({ email: user.email, password: TEST_PASSWORD }, '192.0.2.78')).ok).toBe(true);
  });

  it('a successful sign-in clears the account counter', async () => {
    const user = await seedUser();
    await checkCredentials({ email: user.email, password: 'wrong' }, ip());
    await checkCredentials({ email: user.email, password: TEST_PASSWORD }, ip());
    expect(await prisma.authThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
  });
});
