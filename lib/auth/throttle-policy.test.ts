import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, THROTTLE, throttleKey, waitMs, type ThrottleState } from './throttle-policy';

const t0 = new Date('2026-01-01T00:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const fail = (kind: Parameters<typeof afterFailure>[1], times: number, at = t0) => {
  let state: ThrottleState | null = null;
  for (let i = 0; i < times; i++) state = afterFailure(state, kind, at);
  return state!;
};

describe('sign-in throttling', () => {
  it('locks an account from one address after 5 failures, for the lock time', () => {
    expect(isLocked(fail('pair', THROTTLE.lock.pair - 1), t0)).toBe(false);
    const locked = fail('pair', THROTTLE.lock.pair);
    expect(isLocked(locked, later(1))).toBe(true);
    expect(isLocked(locked, later(THROTTLE.lockMs + 1))).toBe(false);
  });

  it('never locks an account as a whole: it slows it, 2 s doubling to a minute', () => {
    expect(waitMs(fail('account', THROTTLE.account.freeFailures), t0)).toBe(0);
    expect(waitMs(fail('account', THROTTLE.account.freeFailures + 1), t0)).toBe(2_000);
    expect(waitMs(fail('account', THROTTLE.account.freeFailures + 2), t0)).toBe(4_000);
    expect(waitMs(fail('account', THROTTLE.account.freeFailures + 50), t0)).toBe(60_000);
  });

  it('starts counting again once the window has passed', () => {
    const state = afterFailure(fail('pair', 3), 'pair', later(THROTTLE.windowMs + 1));
    expect(state.failures).toBe(1);
  });

  it('allows more failures per address than per account and address', () => {
    expect(isLocked(fail('ip', THROTTLE.lock.pair), t0)).toBe(false);
    expect(isLocked(fail('ip', THROTTLE.lock.ip), t0)).toBe(true);
  });

  it('keys are case-insensitive', () => {
    expect(throttleKey('account', 'Editor@Newsroom.TEST')).toBe('account:editor@newsroom.test');
    expect(throttleKey('pair', 'Editor@Newsroom.TEST', '10.0.0.1')).toBe('pair:editor@newsroom.test|10.0.0.1');
  });
});
