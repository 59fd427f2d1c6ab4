import { randomUUID } from "node:crypto"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { TestRedisServer } from "../../../../tests/support/redis-server.mjs" with { "resolution-mode": "import" }
import { RedisRateLimiter } from "./rate-limit-redis"

// The run's Redis when REDIS_URL is set (CI: a database of its own), else a redis-server of this
// file's own on a free port: nothing else needs to be running.
let server: TestRedisServer | undefined
let redis: Redis
const namespace = `lacremeluxe:rate-limit-test:${randomUUID()}`

beforeAll(async () => {
  let url = process.env.REDIS_URL
  if (!url) {
    const { startRedisServer } = await import("../../../../tests/support/redis-server.mjs")
    server = await startRedisServer()
    url = server.url
  }
  redis = new Redis(url, { maxRetriesPerRequest: 1 })
})

afterAll(async () => {
  const keys = await redis.keys(`${namespace}:*`)
  if (keys.length) {
    await redis.del(...keys)
  }
  redis.disconnect()
  await server?.stop()
})

describe("RedisRateLimiter", () => {
  it("lets two processes share one window: the limit counts both, and each says how long to wait", async () => {
    let now = 1_000_000
    const clock = () => now
    const first = new RedisRateLimiter(redis, namespace, 3, 60_000, clock)
    const otherProcess = redis.duplicate()
    const second = new RedisRateLimiter(otherProcess, namespace, 3, 60_000, clock)
    try {
      expect(await first.take("203.0.113.1")).toBe(0)
      expect(await second.take("203.0.113.1")).toBe(0)
      expect(await first.take("203.0.113.1")).toBe(0)
      expect(await second.take("203.0.113.1")).toBe(60)
      expect(await first.take("203.0.113.2")).toBe(0)
      now += 30_000
      expect(await first.take("203.0.113.1")).toBe(30)
      now += 30_000
      expect(await second.take("203.0.113.1")).toBe(0)
    } finally {
      otherProcess.disconnect()
    }
  })

  it("counts concurrent attempts exactly: of 20 at once with a limit of 5, 5 pass", async () => {
    const limiter = new RedisRateLimiter(redis, namespace, 5, 60_000)
    const waits = await Promise.all(Array.from({ length: 20 }, () => limiter.take("burst")))
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5)
  })

  it("forgets an attempt the moment the window has passed, and the key expires with it", async () => {
    let now = 5_000
    const limiter = new RedisRateLimiter(redis, namespace, 1, 300, () => now)
    expect(await limiter.take("short")).toBe(0)
    expect(await limiter.take("short")).toBe(1)
    now += 299
    expect(await limiter.take("short")).toBe(1)
    now += 1
    expect(await limiter.take("short")).toBe(0)
    const ttl = await redis.pttl(`${namespace}:short`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(300)
  })

  it("peeks at a window without recording an attempt", async () => {
    let now = 0
    const limiter = new RedisRateLimiter(redis, namespace, 2, 60_000, () => now)
    expect([await limiter.peek("peek"), await limiter.peek("peek"), await limiter.peek("peek")]).toEqual([0, 0, 0])
    await limiter.take("peek")
    await limiter.take("peek")
    expect(await limiter.peek("peek")).toBe(60)
    now = 45_000
    expect(await limiter.peek("peek")).toBe(15)
    expect(await redis.zcard(`${namespace}:peek`)).toBe(2)
  })

  it("uses Redis's own clock when none is given", async () => {
    const limiter = new RedisRateLimiter(redis, namespace, 1, 60_000)
    expect(await limiter.take("redis-clock")).toBe(0)
    const wait = await limiter.take("redis-clock")
    expect(wait).toBeGreaterThanOrEqual(59)
    expect(wait).toBeLessThanOrEqual(60)
  })
})
