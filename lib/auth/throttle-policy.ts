/** Sign-in throttling rules: pure, so they can be tested without a clock or database. */
export const THROTTLE = {
  /** Failures allowed within the window before the key is locked. */
  maxFailures: { account: 5, ip: 20 },
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
} as const;

export type ThrottleKind = keyof typeof THROTTLE.maxFailures;

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value.toLowerCase()}`;

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | null, kind: ThrottleKind, now: Date): ThrottleState {
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() > THROTTLE.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const lockedUntil = failures >= THROTTLE.maxFailures[kind] ? new Date(now.getTime() + THROTTLE.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}
