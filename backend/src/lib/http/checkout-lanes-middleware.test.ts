import { EventEmitter } from "node:events"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it, vi } from "vitest"
import {
  BUSY_RETRY_AFTER_SECONDS,
  LANE_HOLD_MS,
  LANE_MAX_WAIT_MS,
  holdCartChangesInLanes,
} from "./checkout-lanes-middleware"

/** A request to `path` whose connection is open or already gone. */
function request(path: string, socketDestroyed = false) {
  return { method: "POST", originalUrl: path, socket: { destroyed: socketDestroyed } } as unknown as MedusaRequest
}

/** A response that records its status, headers and body, and can be finished like Node's. */
function response() {
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    setHeader(name: string, value: string) {
      res.headers[name] = value
    },
    status(code: number) {
      res.statusCode = code
      return { json: (body: unknown) => (res.body = body) }
    },
  })
  return res
}

describe("cart changes in lanes (middleware)", () => {
  it("gives the turn of a shopper who left while waiting straight on, without starting the change", async () => {
    const middleware = holdCartChangesInLanes(1)
    const started: string[] = []
    const next = (name: string) => (() => started.push(name)) as MedusaNextFunction

    const first = response()
    await middleware(request("/store/carts/cart_1/complete"), first as unknown as MedusaResponse, next("first"))
    const gone = middleware(request("/store/carts/cart_2", true), response() as unknown as MedusaResponse, next("gone"))
    const third = middleware(request("/store/carts/cart_3"), response() as unknown as MedusaResponse, next("third"))
    expect(started).toEqual(["first"])

    first.emit("finish")
    await Promise.all([gone, third])
    expect(started).toEqual(["first", "third"])
  })

  it("answers a change that waited too long 503 with Retry-After and a sentence, and starts nothing", async () => {
    vi.useFakeTimers()
    try {
      const middleware = holdCartChangesInLanes(1)
      const next = vi.fn() as unknown as MedusaNextFunction
      // Nobody answers: each change holds its turn until LANE_HOLD_MS passes it on, so the
      // changes at the back of the line are still waiting when LANE_MAX_WAIT_MS is up.
      const answers = Array.from({ length: 10 }, () => response())
      const changes = answers.map((res, i) =>
        middleware(request(`/store/carts/cart_${i}`), res as unknown as MedusaResponse, next)
      )
      await vi.advanceTimersByTimeAsync(LANE_MAX_WAIT_MS)
      await Promise.all(changes)
      const started = (next as unknown as ReturnType<typeof vi.fn>).mock.calls.length
      const refused = answers.filter((res) => res.statusCode === 503)
      expect(started).toBe(1 + Math.floor((LANE_MAX_WAIT_MS - 1) / LANE_HOLD_MS))
      expect(refused).toHaveLength(answers.length - started)
      for (const res of refused) {
        expect(res.headers["Retry-After"]).toBe(String(BUSY_RETRY_AFTER_SECONDS))
        expect(res.body).toMatchObject({
          type: "unavailable",
          message: expect.stringMatching(/very busy.*Nothing was changed/),
        })
      }
    } finally {
      vi.useRealTimers()
    }
  })
})
