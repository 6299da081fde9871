import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { checkCredentials } from '@/lib/auth/credentials';
import { issueDeviceToken, verifyDeviceToken } from '@/lib/auth/device';
import { THROTTLE } from '@/lib/auth/throttle-policy';
import { unlockSignIn } from '@/lib/users/mutations';
import { seedUser, TEST_PASSWORD } from '../support/factories';

let n = 0;
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${++n % 250}`;
const from = (address: string, deviceId?: string) => ({ address, deviceId });

describe('sign-in credentials', () => {
  it('accepts the right password and returns the role', async () => {
    const user = await seedUser('REVIEWER');
    const result = await checkCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, from(ip()));
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: 'REVIEWER' } });
  });

  it('answers the same for a wrong password, an unknown email and a deactivated account', async () => {
    const user = await seedUser();
    const inactive = await seedUser('EDITOR', { active: false });
    expect(await checkCredentials({ email: user.email, password: 'wrong' }, from(ip()))).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials({ email: 'nobody@test.example', password: TEST_PASSWORD }, from(ip()))).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials({ email: inactive.email, password: TEST_PASSWORD }, from(ip()))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an account from the guessing address only: the owner elsewhere signs in', async () => {
    const user = await seedUser();
    const attacker = ip();
    for (let i = 0; i < THROTTLE.lock.pair; i++) await checkCredentials({ email: user.email, password: `wrong-${i}` }, from(attacker));
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(attacker))).toMatchObject({ ok: false, reason: 'throttled', retryAfterSeconds: expect.any(Number) });
    expect((await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(ip()))).ok).toBe(true);
  });

  it('guessing from rotating addresses slows the account, but never locks its owner out of a browser it knows', async () => {
    const admin = await seedUser('ADMIN');
    for (let i = 0; i < THROTTLE.account.freeFailures + 3; i++) await checkCredentials({ email: admin.email, password: `guess-${i}` }, from(ip()));
    const slowed = await checkCredentials({ email: admin.email, password: TEST_PASSWORD }, from(ip()));
    expect(slowed).toMatchObject({ ok: false, reason: 'throttled' });
    expect((slowed as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.account.maxDelayMs / 1000);
    const known = verifyDeviceToken(issueDeviceToken(admin.email, 'secret'), admin.email, 'secret')!;
    expect((await checkCredentials({ email: admin.email, password: TEST_PASSWORD }, from(ip(), known))).ok).toBe(true);
  });

  it('an admin unlocks a user, and the unlock is in the audit log', async () => {
    const admin = await seedUser('ADMIN');
    const user = await seedUser();
    const attacker = ip();
    for (let i = 0; i < THROTTLE.lock.pair; i++) await checkCredentials({ email: user.email, password: 'x' }, from(attacker));
    expect((await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(attacker))).ok).toBe(false);
    expect(await unlockSignIn(admin, { id: user.id })).toBeGreaterThan(0);
    expect((await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(attacker))).ok).toBe(true);
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id, action: 'user.unlockSignIn' } })).toBe(1);
    await expect(unlockSignIn(user as never, { id: user.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('throttles an address that tries many accounts', async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < THROTTLE.lock.ip; i++) await checkCredentials({ email: `guess-${i}@test.example`, password: 'x' }, from(address));
    const user = await seedUser();
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(address))).toMatchObject({ ok: false, reason: 'throttled' });
    expect((await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from('192.0.2.78'))).ok).toBe(true);
  });

  it('a successful sign-in clears the counters of its address and the account', async () => {
    const user = await seedUser();
    const address = ip();
    await checkCredentials({ email: user.email, password: 'wrong' }, from(address));
    await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(address));
    expect(await prisma.authThrottle.count({ where: { key: { in: [`account:${user.email}`, `pair:${user.email}|${address}`] } } })).toBe(0);
  });

  it('a device token is bound to its account and the secret', () => {
    const token = issueDeviceToken('a@b.c', 'secret');
    expect(verifyDeviceToken(token, 'A@B.C', 'secret')).toMatch(/^[\w-]+$/);
    expect(verifyDeviceToken(token, 'other@b.c', 'secret')).toBeNull();
    expect(verifyDeviceToken(token, 'a@b.c', 'another secret')).toBeNull();
    expect(verifyDeviceToken(`${token}x`, 'a@b.c', 'secret')).toBeNull();
  });
});
