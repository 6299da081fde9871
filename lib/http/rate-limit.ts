/**
 * Token buckets per key (a client address), in memory: `capacity` requests at once,
 * refilled at `perSecond`. The oldest keys are forgotten beyond `maxKeys`, so a flood
 * of addresses cannot grow it without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Takes `cost` tokens (one request, or a message's bytes); when too few are left, says how many seconds until there are. */
  take(key: string, now = Date.now(), cost = 1): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    this.buckets.delete(key); // re-inserted below: the map stays in order of last use
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    const ok = bucket.tokens >= cost;
    if (ok) bucket.tokens -= cost;
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return ok ? { ok } : { ok, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / this.perSecond)) };
  }
}
