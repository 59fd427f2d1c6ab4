import { randomUUID } from "node:crypto"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { TestRedisServer } from "../../../../tests/support/redis-server.mjs" with { "resolution-mode": "import" }
import OrderedRedisLockingProvider from "./service"

// The run's Redis when REDIS_URL is set, else a redis-server of this file's own on a free port.
let server: TestRedisServer | undefined
let url: string
let redis: Redis
const prefix = `lacremeluxe:lock-test:${randomUUID()}:`
const clients: Redis[] = []

/** One backend process's provider: a Redis connection of its own, as each process has. */
function provider() {
  const client = new Redis(url, { maxRetriesPerRequest: 1 })
  clients.push(client)
  return new OrderedRedisLockingProvider({ redisClient: client as never, prefix }, {} as never)
}

beforeAll(async () => {
  url = process.env.REDIS_URL ?? ""
  if (!url) {
    const { startRedisServer } = await import("../../../../tests/support/redis-server.mjs")
    server = await startRedisServer()
    url = server.url
  }
  redis = new Redis(url, { maxRetriesPerRequest: 1 })
})

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length) {
    await redis.del(...keys)
  }
  clients.forEach((client) => client.disconnect())
  redis.disconnect()
  await server?.stop()
})

describe("the ordered Redis locking provider", () => {
  it("runs every job that locks the same two keys (named in either order) from four processes, one at a time", async () => {
    const processes = Array.from({ length: 4 }, provider)
    let inside = 0
    let most = 0
    let ran = 0
    const job = async () => {
      inside++
      most = Math.max(most, inside)
      await new Promise((resolve) => setTimeout(resolve, 20))
      inside--
      ran++
    }
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, index) =>
        processes[index % 4].execute(index % 2 ? ["iitem_b", "iitem_a"] : ["iitem_a", "iitem_b"], job, { timeout: 60 })
      )
    )
    expect(results.filter((result) => result.status === "rejected")).toEqual([])
    expect(ran).toBe(12)
    expect(most).toBe(1)
    expect(await redis.keys(`${prefix}iitem_*`)).toEqual([])
  })

  it("gives back the keys it took when it stops waiting for the next one", async () => {
    const holder = provider()
    const waiter = provider()
    await holder.acquire(["iitem_d"], { ownerId: "someone-else", expire: 60 })
    const cancellation = { cancelled: false }
    const waiting = waiter.acquire_(
      ["iitem_d", "iitem_c"],
      { ownerId: "waiter", awaitQueue: true, expire: 60 },
      cancellation
    )
    // It takes iitem_c first (sorted order), then waits for iitem_d; then its wait is cancelled.
    while ((await redis.get(`${prefix}iitem_c`)) !== "waiter") {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    cancellation.cancelled = true
    await expect(waiting).rejects.toThrow(/Failed to acquire lock for key "iitem_d"/)
    expect(await redis.get(`${prefix}iitem_c`)).toBeNull()
    expect(await redis.get(`${prefix}iitem_d`)).toBe("someone-else")
  })
})
