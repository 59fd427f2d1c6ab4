import { randomUUID } from "node:crypto"
import type Redis from "ioredis"

/**
 * The sliding window in one atomic step: drop attempts older than the window, refuse when
 * `limit` remain (answering the milliseconds until the oldest leaves it), else record this one.
 * Redis's own clock is used, so processes on machines with drifting clocks agree (a test may pass
 * its own time in milliseconds as ARGV[5]).
 */
const SLIDING_WINDOW = `
local now
if ARGV[5] then
  now = tonumber(ARGV[5])
else
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
if ARGV[4] == 'peek' then
  return 0
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`

/**
 * The same window as RateLimiter, kept in Redis so that every API process of one store counts
 * the same attempts. `namespace` keeps stores (and test runs) sharing a Redis apart.
 */
export class RedisRateLimiter {
  constructor(
    private readonly redis: Redis,
    readonly namespace: string,
    readonly limit: number,
    readonly windowMs: number,
    /** For tests only: a clock in milliseconds instead of Redis's own. */
    private readonly now?: () => number
  ) {}

  /** Records an attempt for `key`. Resolves 0 when allowed, else the seconds until the next one is. */
  take(key: string): Promise<number> {
    return this.run(key, "take")
  }

  /** What `take` would answer, without recording an attempt (for limits on failed attempts only). */
  peek(key: string): Promise<number> {
    return this.run(key, "peek")
  }

  private async run(key: string, mode: "take" | "peek"): Promise<number> {
    const waitMs = Number(
      await this.redis.eval(
        SLIDING_WINDOW,
        1,
        `${this.namespace}:${key}`,
        this.windowMs,
        this.limit,
        randomUUID(),
        mode,
        ...(this.now ? [this.now()] : [])
      )
    )
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0
  }
}
