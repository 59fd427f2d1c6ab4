import { describe, expect, it } from "vitest"
import { RateLimiter } from "./rate-limit"

describe("RateLimiter", () => {
  it("allows `limit` attempts per window and says how long to wait after that", () => {
    let now = 0
    const limiter = new RateLimiter(3, 60_000, () => now)
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0])
    expect(limiter.take("a")).toBe(60)
    now = 30_000
    expect(limiter.take("a")).toBe(30)
    expect(limiter.take("b")).toBe(0)
    now = 60_000
    expect(limiter.take("a")).toBe(0)
  })

  it("peeks at a window without recording an attempt", () => {
    let now = 0
    const limiter = new RateLimiter(2, 60_000, () => now)
    expect([limiter.peek("a"), limiter.peek("a"), limiter.peek("a")]).toEqual([0, 0, 0])
    limiter.take("a")
    limiter.take("a")
    expect(limiter.peek("a")).toBe(60)
    now = 45_000
    expect(limiter.peek("a")).toBe(15)
    expect(limiter.take("a")).toBe(15)
  })
})
