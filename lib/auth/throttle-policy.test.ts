import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, THROTTLE, throttleKey } from './throttle-policy';

const t0 = new Date('2026-01-01T00:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in throttling', () => {
  it('locks an account after the allowed failures within the window', () => {
    let state = null;
    for (let i = 1; i < THROTTLE.maxFailures.account; i++) {
      state = afterFailure(state, 'account', later(i * 1000));
      expect(isLocked(state, later(i * 1000))).toBe(false);
    }
    state = afterFailure(state, 'account', later(10_000));
    expect(isLocked(state, later(10_001))).toBe(true);
    expect(isLocked(state, later(10_000 + THROTTLE.lockMs + 1))).toBe(false);
  });

  it('starts counting again once the window has passed', () => {
    let state = afterFailure(null, 'account', t0);
    for (let i = 0; i < 3; i++) state = afterFailure(state, 'account', t0);
    state = afterFailure(state, 'account', later(THROTTLE.windowMs + 1));
    expect(state.failures).toBe(1);
    expect(isLocked(state, later(THROTTLE.windowMs + 2))).toBe(false);
  });

  it('allows more failures per address than per account', () => {
    let state = null;
    for (let i = 0; i < THROTTLE.maxFailures.account; i++) state = afterFailure(state, 'ip', t0);
    expect(isLocked(state, t0)).toBe(false);
    expect(THROTTLE.maxFailures.ip).toBeGreaterThan(THROTTLE.maxFailures.account);
  });

  it('keys are case-insensitive', () => {
    expect(throttleKey('account', 'Editor@Newsroom.TEST')).toBe('account:editor@newsroom.test');
  });
});
