import { z } from 'zod';
import type { Role } from './roles';
import { dummyVerify, verifyPassword } from './password';
import { afterFailure, isLocked, throttleKey } from './throttle-policy';
import { clearThrottle, findUserByEmail, readThrottles, writeThrottle } from './queries';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks an email and password, throttled per account and per client address.
 * Wrong email, wrong password and deactivated account all answer `invalid`, so the
 * answer never tells which part was wrong.
 */
export async function checkCredentials(raw: unknown, clientAddress: string, now = new Date()): Promise<CredentialCheck> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const accountKey = throttleKey('account', email);
  const ipKey = throttleKey('ip', clientAddress);
  const throttles = await readThrottles([accountKey, ipKey]);
  if (isLocked(throttles.get(accountKey) ?? null, now) || isLocked(throttles.get(ipKey) ?? null, now)) {
    return { ok: false, reason: 'throttled' };
  }

  const user = await findUserByEmail(email);
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !passwordOk || !user.active) {
    await writeThrottle(accountKey, afterFailure(throttles.get(accountKey) ?? null, 'account', now));
    await writeThrottle(ipKey, afterFailure(throttles.get(ipKey) ?? null, 'ip', now));
    return { ok: false, reason: 'invalid' };
  }
  await clearThrottle(accountKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
