import { afterEach, describe, expect, it, vi } from "vitest"
import { CheckoutLanes, laneOf } from "./checkout-lanes"

afterEach(() => {
  vi.useRealTimers()
})

/** Admits in `lane` and records, in `order`, `name` when the turn comes. */
function queue(lanes: CheckoutLanes, lane: Parameters<CheckoutLanes["admit"]>[0], name: string, order: string[]) {
  return lanes.admit(lane).then((release) => {
    order.push(release ? name : `${name} (timed out)`)
    return release
  })
}

describe("CheckoutLanes", () => {
  it("admits `capacity` at once and hands each freed turn to the most urgent lane, first come first served within it", async () => {
    const lanes = new CheckoutLanes(2, 60_000, 60_000)
    const order: string[] = []
    const first = await queue(lanes, "cart", "cart 1", order)
    const second = await queue(lanes, "cart", "cart 2", order)
    const waiting = [
      queue(lanes, "cart", "cart 3", order),
      queue(lanes, "checkout", "checkout 1", order),
      queue(lanes, "complete", "complete 1", order),
      queue(lanes, "complete", "complete 2", order),
    ]
    expect(lanes.load).toEqual({ running: 2, complete: 2, checkout: 1, cart: 1 })

    first!()
    first!() // releasing twice frees one turn only
    await Promise.resolve()
    expect(order).toEqual(["cart 1", "cart 2", "complete 1"])
    expect(lanes.load).toEqual({ running: 2, complete: 1, checkout: 1, cart: 1 })

    second!()
    const [cart3, checkout1, complete1, complete2] = await Promise.all([
      waiting[0],
      waiting[1],
      waiting[2].then((release) => (release!(), release)),
      waiting[3].then((release) => (release!(), release)),
    ])
    checkout1!()
    cart3!()
    expect(order).toEqual(["cart 1", "cart 2", "complete 1", "complete 2", "checkout 1", "cart 3"])
    expect([complete1, complete2].every(Boolean)).toBe(true)
    expect(lanes.load).toEqual({ running: 0, complete: 0, checkout: 0, cart: 0 })
  })

  it("tells a change that waited too long to come back, and leaves the others their place", async () => {
    vi.useFakeTimers()
    const lanes = new CheckoutLanes(1, 25_000, 60_000)
    const order: string[] = []
    const running = await queue(lanes, "cart", "cart 1", order)
    const early = queue(lanes, "cart", "cart 2", order)
    await vi.advanceTimersByTimeAsync(10_000)
    const late = queue(lanes, "complete", "complete 1", order)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(await early).toBeNull()
    expect(lanes.load).toEqual({ running: 1, complete: 1, checkout: 0, cart: 0 })

    running!()
    expect(await late).toBeTypeOf("function")
    expect(order).toEqual(["cart 1", "cart 2 (timed out)", "complete 1"])
    // A turn handed on clears its wait: no late "timed out" afterwards.
    await vi.advanceTimersByTimeAsync(60_000)
    expect(order).toHaveLength(3)
  })

  it("passes the turn on when a change holds it too long (waiting on something outside), once", async () => {
    vi.useFakeTimers()
    const lanes = new CheckoutLanes(1, 25_000, 4_000)
    const order: string[] = []
    const hanging = await queue(lanes, "complete", "complete 1", order)
    const next = queue(lanes, "cart", "cart 1", order)
    await vi.advanceTimersByTimeAsync(3_999)
    expect(order).toEqual(["complete 1"])
    await vi.advanceTimersByTimeAsync(1)
    const admitted = await next
    expect(order).toEqual(["complete 1", "cart 1"])
    expect(lanes.load).toEqual({ running: 1, complete: 0, checkout: 0, cart: 0 })
    // The hanging change's answer, when it comes, frees nothing more.
    hanging!()
    expect(lanes.load.running).toBe(1)
    admitted!()
    expect(lanes.load.running).toBe(0)
  })

  it("refuses a capacity below one", () => {
    expect(() => new CheckoutLanes(0, 1_000, 1_000)).toThrow(/at least 1/)
  })
})

describe("laneOf", () => {
  it.each([
    ["POST", "/store/carts/cart_1/complete", "complete"],
    ["POST", "/store/carts/cart_1/checkout", "checkout"],
    ["POST", "/store/carts/cart_1/shipping-methods", "checkout"],
    ["POST", "/store/carts/cart_1/shipping-method", "checkout"],
    ["POST", "/store/payment-collections/pay_1/payment-sessions", "checkout"],
    ["POST", "/store/payment-collections", "checkout"],
    ["POST", "/store/carts", "cart"],
    ["POST", "/store/new-carts", "cart"],
    ["POST", "/store/carts/cart_1", "cart"],
    ["POST", "/store/carts/cart_1/line-items/batch", "cart"],
    ["DELETE", "/store/carts/cart_1/line-items/item_1", "cart"],
    ["GET", "/store/carts/cart_1", null],
    ["GET", "/store/shipping-options", null],
    ["POST", "/store/customers", null],
    ["POST", "/store/cartsmith", null],
  ] as const)("%s %s → %s", (method, path, lane) => {
    expect(laneOf(method, path)).toBe(lane)
  })
})
