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
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(attacker))).toMatchObject({
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: expect.any(Number),
    });
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

  it('made-up emails from one address lock nobody out: the right password and a remembered browser still sign in', async () => {
    const office = '192.0.2.77';
    const user = await seedUser();
    const colleague = await seedUser('REVIEWER');
    const remembered = verifyDeviceToken(issueDeviceToken(colleague.email, 'secret'), colleague.email, 'secret')!;
    // 21 failures with made-up emails: the address is held.
    for (let i = 0; i <= THROTTLE.lock.ip; i++) await checkCredentials({ email: `guess-${i}@test.example`, password: 'x' }, from(office));
    expect(await prisma.authThrottle.findUnique({ where: { key: `ip:${office}` } })).toMatchObject({ lockedUntil: expect.any(Date) });
    // A person on a new browser at that address who knows the password gets in.
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(office))).toMatchObject({ ok: true, user: { id: user.id } });
    // A remembered browser there is not held, even after a typo.
    expect(await checkCredentials({ email: colleague.email, password: 'typo' }, from(office, remembered))).toEqual({ ok: false, reason: 'invalid' });
    expect((await checkCredentials({ email: colleague.email, password: TEST_PASSWORD }, from(office, remembered))).ok).toBe(true);
    // A wrong password and an unknown email get the same answer from the held address: nothing says which emails exist.
    const wrong = await checkCredentials({ email: user.email, password: 'wrong' }, from(office));
    const unknown = await checkCredentials({ email: 'nobody-here@test.example', password: 'wrong' }, from(office));
    expect(wrong).toMatchObject({ ok: false, reason: 'addressHeld' });
    expect(unknown).toMatchObject({ ok: false, reason: 'addressHeld' });
    // Elsewhere, nothing is held.
    expect(await checkCredentials({ email: 'nobody-here@test.example', password: 'wrong' }, from('192.0.2.78'))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('guessing one account from a held address still meets the per-account limits', async () => {
    const office = '192.0.2.79';
    const user = await seedUser();
    for (let i = 0; i <= THROTTLE.lock.ip; i++) await checkCredentials({ email: `spray-${i}@test.example`, password: 'x' }, from(office));
    for (let i = 0; i < THROTTLE.lock.pair; i++) await checkCredentials({ email: user.email, password: `guess-${i}` }, from(office));
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from(office))).toMatchObject({ ok: false, reason: 'throttled' });
    expect((await checkCredentials({ email: user.email, password: TEST_PASSWORD }, from('192.0.2.80'))).ok).toBe(true);
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
