import { z } from 'zod';
import { type Role } from '@/lib/enums';
import { dummyVerify, verifyPassword } from './password';
import { afterFailure, throttleKey, waitMs } from './throttle-policy';
import { clearThrottle, findUserByEmail, readThrottles, writeThrottle } from './queries';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  /** The address is held (many failures from it): only the right password gets through, and nothing says whether the email exists. */
  | { ok: false; reason: 'addressHeld'; retryAfterSeconds: number };

/** Where an attempt comes from: the client's address, and the device id of a browser that signed in to this account before. */
export type SignInClient = { address: string; deviceId?: string | null };

/**
 * Checks an email and password under the throttling rules of `throttle-policy.ts`.
 * Wrong email, wrong password and deactivated account all answer alike, so the answer
 * never tells which part was wrong. A browser that signed in to the account before
 * answers only to its own limit; otherwise a locked account-and-address pair or the
 * account's slow-down refuses before the password is looked at. The address's own
 * limit never refuses a right password: made-up emails tried from a shared address
 * cannot lock the desk out (the pair and account limits still bound guessing there).
 */
export async function checkCredentials(raw: unknown, client: SignInClient, now = new Date()): Promise<CredentialCheck> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const known = !!client.deviceId;
  const local = known ? throttleKey('device', email, client.deviceId!) : throttleKey('pair', email, client.address);
  const address = throttleKey('ip', client.address);
  const account = throttleKey('account', email);
  const throttles = await readThrottles([local, address, account]);
  const state = (key: string) => throttles.get(key) ?? null;
  // A browser the account knows is not slowed by failures elsewhere, nor held by its address.
  const wait = Math.max(waitMs(state(local), now), known ? 0 : waitMs(state(account), now));
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
  const addressHeld = known ? 0 : waitMs(state(address), now);

  const user = await findUserByEmail(email);
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !passwordOk || !user.active) {
    await writeThrottle(local, afterFailure(state(local), known ? 'device' : 'pair', now));
    await writeThrottle(address, afterFailure(state(address), 'ip', now));
    await writeThrottle(account, afterFailure(state(account), 'account', now));
    return addressHeld ? { ok: false, reason: 'addressHeld', retryAfterSeconds: Math.ceil(addressHeld / 1000) } : { ok: false, reason: 'invalid' };
  }
  await clearThrottle([local, account]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
