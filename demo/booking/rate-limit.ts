/**
 * A token bucket per client: `burst` requests at once, then `perMinute` more each minute. Only the
 * two creation routes use it, to stop one client from filling every slot or the call-back list.
 */
export interface RateLimit { burst: number; perMinute: number }

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Buckets beyond this many are pruned (full ones first) so spoofed sources cannot exhaust memory. */
const maxBuckets = 10_000;

export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; updatedMs: number }>();

  constructor(private readonly limit: RateLimit, private readonly now: () => number) {}

  /** Takes one token for `client`, or says how many seconds until one is back. */
  take(client: string): Admission {
    return this.#admit(client, true);
  }

  /** Whether `client` has a token left, without taking it (for counting only failures). */
  check(client: string): Admission {
    return this.#admit(client, false);
  }

  #admit(client: string, consume: boolean): Admission {
    const now = this.now();
    const perMs = this.limit.perMinute / 60_000;
    const bucket = this.#buckets.get(client) ?? { tokens: this.limit.burst, updatedMs: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.updatedMs) * perMs);
    bucket.updatedMs = now;
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > maxBuckets) this.#prune(now, perMs);
    if (bucket.tokens >= 1) {
      if (consume) bucket.tokens -= 1;
      return { allowed: true };
    }
    const waitMs = perMs > 0 ? (1 - bucket.tokens) / perMs : Number.POSITIVE_INFINITY;
    return { allowed: false, retryAfterSeconds: Number.isFinite(waitMs) ? Math.max(1, Math.ceil(waitMs / 1000)) : 3600 };
  }

  /** Forgets clients whose bucket has refilled: for them a fresh bucket is the same thing. */
  #prune(now: number, perMs: number): void {
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedMs) * perMs >= this.limit.burst) this.#buckets.delete(client);
    }
  }
}
