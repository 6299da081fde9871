/**
 * Sign-in throttling rules: pure, so they can be tested without a clock or database.
 *
 * Guessing is stopped without giving anyone a button that locks others out:
 * - `pair` (an account from one address) and `device` (an account from a browser that
 *   signed in to it before) lock after 5 failures, for 15 minutes;
 * - `ip` (one address, any account) holds the address after 20 failures: from there,
 *   without a known browser, only the right password gets through (credentials.ts), so
 *   made-up emails from an address many people share (an office, a proxy) lock nobody out;
 * - `account` (from everywhere) is never locked: after 10 failures each further attempt
 *   must wait, 2 s doubling up to a minute, so guessing from many addresses is slowed to
 *   a crawl while the owner, on a browser the account knows, is not slowed at all.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lock: { pair: 5, device: 5, ip: 20 },
  lockMs: 15 * 60_000,
  account: { freeFailures: 10, firstDelayMs: 2_000, maxDelayMs: 60_000 },
} as const;

export type ThrottleKind = 'pair' | 'device' | 'ip' | 'account';

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export function throttleKey(kind: 'account' | 'ip', value: string): string;
export function throttleKey(kind: 'pair' | 'device', email: string, value: string): string;
export function throttleKey(kind: ThrottleKind, first: string, second?: string) {
  return second === undefined ? `${kind}:${first.toLowerCase()}` : `${kind}:${first.toLowerCase()}|${second.toLowerCase()}`;
}

/** Keys that concern one account (an admin's unlock clears them). */
export const accountKeyPrefixes = (email: string) => [`account:${email.toLowerCase()}`, `pair:${email.toLowerCase()}|`, `device:${email.toLowerCase()}|`];

/** Milliseconds until the key lets another attempt through (0 when it does now). */
export function waitMs(state: ThrottleState | null, now: Date): number {
  return state?.lockedUntil ? Math.max(0, state.lockedUntil.getTime() - now.getTime()) : 0;
}

export const isLocked = (state: ThrottleState | null, now: Date) => waitMs(state, now) > 0;

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | null, kind: ThrottleKind, now: Date): ThrottleState {
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() > THROTTLE.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  let lockedUntil: Date | null = null;
  if (kind === 'account') {
    const over = failures - THROTTLE.account.freeFailures;
    if (over > 0) lockedUntil = new Date(now.getTime() + Math.min(THROTTLE.account.maxDelayMs, THROTTLE.account.firstDelayMs * 2 ** (over - 1)));
  } else if (failures >= THROTTLE.lock[kind]) lockedUntil = new Date(now.getTime() + THROTTLE.lockMs);
  return { failures, windowStartedAt, lockedUntil };
}
