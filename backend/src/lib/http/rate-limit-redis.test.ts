import { randomUUID } from "node:crypto"
import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { RedisRateLimiter } from "./rate-limit-redis"

// The machine's Redis (CI sets REDIS_URL to a database of the run's own).
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 })
const namespace = `lacremeluxe:rate-limit-test:${randomUUID()}`

afterAll(async () => {
  const keys = await redis.keys(`${namespace}:*`)
  if (keys.length) {
    await redis.del(...keys)
  }
  redis.disconnect()
})

describe("RedisRateLimiter", () => {
  it("lets two processes share one window: the limit counts both, and each says how long to wait", async () => {
    const first = new RedisRateLimiter(redis, namespace, 3, 60_000)
    const otherProcess = redis.duplicate()
    const second = new RedisRateLimiter(otherProcess, namespace, 3, 60_000)
    try {
      expect(await first.take("203.0.113.1")).toBe(0)
      expect(await second.take("203.0.113.1")).toBe(0)
      expect(await first.take("203.0.113.1")).toBe(0)
      const wait = await second.take("203.0.113.1")
      expect(wait).toBeGreaterThan(55)
      expect(wait).toBeLessThanOrEqual(60)
      expect(await first.take("203.0.113.2")).toBe(0)
    } finally {
      otherProcess.disconnect()
    }
  })

  it("counts concurrent attempts exactly: of 20 at once with a limit of 5, 5 pass", async () => {
    const limiter = new RedisRateLimiter(redis, namespace, 5, 60_000)
    const waits = await Promise.all(Array.from({ length: 20 }, () => limiter.take("burst")))
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5)
  })

  it("forgets attempts once the window has passed, and the key expires with it", async () => {
    const limiter = new RedisRateLimiter(redis, namespace, 1, 300)
    expect(await limiter.take("short")).toBe(0)
    expect(await limiter.take("short")).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(await limiter.take("short")).toBe(0)
    expect(await redis.pttl(`${namespace}:short`)).toBeLessThanOrEqual(300)
  })
})
