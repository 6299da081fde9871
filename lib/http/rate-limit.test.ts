import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('rate limiter', () => {
  it('allows a burst, then refuses with the wait, then refills', () => {
    const limiter = new RateLimiter(3, 0.5);
    const t = 1_000_000;
    expect([limiter.take('a', t), limiter.take('a', t), limiter.take('a', t)].every((r) => r.ok)).toBe(true);
    expect(limiter.take('a', t)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('b', t).ok).toBe(true);
    expect(limiter.take('a', t + 2_000).ok).toBe(true);
  });

  it('forgets the least recently seen keys beyond its size', () => {
    const limiter = new RateLimiter(1, 0.001, 2);
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 0); // 'a' is forgotten, so it starts with a full bucket
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('c', 0).ok).toBe(false);
  });
});
