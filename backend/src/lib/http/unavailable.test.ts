import net from "node:net"
import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { changesNeedRedis, isUnavailable, redisAnswers, RETRY_AFTER_SECONDS, unavailableBody } from "./unavailable"

/** A port nothing listens on: a Redis that is down. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const clients: Redis[] = []
async function redisThatIsDown(options = {}) {
  const redis = new Redis(`redis://127.0.0.1:${await closedPort()}`, { lazyConnect: true, ...options })
  redis.on("error", () => {})
  clients.push(redis)
  return redis
}

afterAll(() => clients.forEach((redis) => redis.disconnect()))

function response() {
  const answer = { status: 200, headers: {} as Record<string, string>, body: undefined as unknown }
  const res = {
    setHeader: (name: string, value: string) => (answer.headers[name] = value),
    status: (code: number) => {
      answer.status = code
      return { json: (body: unknown) => (answer.body = body) }
    },
  }
  return { res, answer }
}

describe("errors that mean a service is unreachable", () => {
  it("recognises what ioredis throws while Redis is down", async () => {
    const redis = await redisThatIsDown({ maxRetriesPerRequest: 1 })
    const error = await redis.ping().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(isUnavailable(error)).toBe(true)
    const offline = await redisThatIsDown({ enableOfflineQueue: false })
    expect(isUnavailable(await offline.ping().catch((e: unknown) => e))).toBe(true)
  })

  it("recognises refused connections and errors passed on as plain objects or causes", () => {
    expect(isUnavailable({ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" })).toBe(true)
    expect(isUnavailable({ name: "Error", message: "Reached the max retries per request limit (which is 1)." })).toBe(
      true
    )
    expect(isUnavailable({ message: "workflow failed", cause: { code: "ECONNRESET" } })).toBe(true)
  })

  it("leaves the caller's mistakes and other failures alone", () => {
    expect(isUnavailable({ type: "invalid_data", message: "Cart id cart_1 not found" })).toBe(false)
    expect(isUnavailable(new Error("invalid input syntax for type integer"))).toBe(false)
    expect(isUnavailable(null)).toBe(false)
    expect(isUnavailable("ECONNREFUSED")).toBe(false)
  })
})

describe("changes need Redis", () => {
  it("refuses a change with 503, Retry-After and a sentence within a bounded time when Redis is down", async () => {
    const redis = await redisThatIsDown({ maxRetriesPerRequest: 1, commandTimeout: 1_000 })
    const { res, answer } = response()
    let passed = false
    const started = Date.now()
    await changesNeedRedis(redis)({ method: "POST" }, res, () => (passed = true))
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(passed).toBe(false)
    expect(answer).toEqual({
      status: 503,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
      body: unavailableBody(),
    })
    expect(unavailableBody().message).toMatch(/^The store cannot save changes just now.*try again in a minute\.$/)
  })

  it("lets reads through while Redis is down, and changes while it answers", async () => {
    const down = await redisThatIsDown({ maxRetriesPerRequest: 1 })
    let passed = 0
    await changesNeedRedis(down)({ method: "GET" }, response().res, () => passed++)
    const ready = { status: "ready" as const, connect: async () => {}, ping: async () => "PONG" as const }
    expect(await redisAnswers(ready)).toBe(true)
    await changesNeedRedis(ready)({ method: "POST" }, response().res, () => passed++)
    expect(passed).toBe(2)
  })
})
