/**
 * The rate-limit switch: N requests per second per token (optionally fewer writes), 429 with
 * Retry-After above it. Billy documents no limit (billy-api.md §3.2); this lets tests and the
 * bench watch a client find one. Each token has a bucket holding one second's worth of requests,
 * refilled continuously; a refused request takes no token.
 */
import type { RateLimit } from './public-types';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

class Bucket {
  private tokens: number;
  private filledAt: number;

  constructor(
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = perSecond;
    this.filledAt = now;
  }

  private fill(now: number): void {
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.filledAt) / 1000) * this.perSecond);
    this.filledAt = now;
  }

  /** ms until a token is there; 0 when one is. */
  waitMs(now: number): number {
    this.fill(now);
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.perSecond) * 1000;
  }

  take(): void {
    this.tokens -= 1;
  }
}

export class RateLimiter {
  private readonly buckets = new Map<string, { all: Bucket; writes: Bucket | null }>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Retry-After in whole seconds (at least 1) when this request is over the limit; undefined when it may pass (and then counts). */
  refuse(token: string, method: string): number | undefined {
    const now = this.now();
    let buckets = this.buckets.get(token);
    if (!buckets) {
      buckets = { all: new Bucket(this.limit.requestsPerSecond, now), writes: this.limit.writesPerSecond === undefined ? null : new Bucket(this.limit.writesPerSecond, now) };
      this.buckets.set(token, buckets);
    }
    const applying = WRITE_METHODS.has(method) && buckets.writes ? [buckets.all, buckets.writes] : [buckets.all];
    const waitMs = Math.max(...applying.map((bucket) => bucket.waitMs(now)));
    if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
    for (const bucket of applying) bucket.take();
    return undefined;
  }
}
