/**
 * A sliding window of attempts per key, in this process's memory. Pure and unit-tested; the
 * clock is injectable. With REDIS_URL the API counts in Redis (RedisRateLimiter), so that every
 * process of a store shares one window; this one is then the fallback while Redis is unreachable.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now
  ) {}

  /** Records an attempt for `key`. Returns 0 when allowed, else the seconds until the next one is. */
  take(key: string): number {
    const now = this.now()
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return this.wait(recent, now)
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 50_000) {
      this.sweep(now)
    }
    return 0
  }

  /** What `take` would answer, without recording an attempt (for limits on failed attempts only). */
  peek(key: string): number {
    const now = this.now()
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs)
    return recent.length >= this.limit ? this.wait(recent, now) : 0
  }

  private wait(recent: number[], now: number): number {
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000))
  }

  private sweep(now: number) {
    for (const [key, times] of this.hits) {
      if (times.every((at) => now - at >= this.windowMs)) {
        this.hits.delete(key)
      }
    }
  }
}
