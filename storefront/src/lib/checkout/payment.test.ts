import { describe, expect, it } from "vitest"
import { choosePayment, redirectOutcome, smallestUnit, STRIPE_PROVIDER, SYSTEM_PROVIDER } from "./payment"

describe("choosePayment", () => {
  it("takes Stripe when the region offers it and the storefront has the publishable key", () => {
    expect(choosePayment([SYSTEM_PROVIDER, STRIPE_PROVIDER], "pk_test_123")).toEqual({
      kind: "stripe",
      providerId: STRIPE_PROVIDER,
      publishableKey: "pk_test_123",
    })
  })

  it("falls back to the system provider without the key, and to nothing without either", () => {
    expect(choosePayment([SYSTEM_PROVIDER, STRIPE_PROVIDER], undefined).kind).toBe("system")
    expect(choosePayment([SYSTEM_PROVIDER], "pk_test_123").kind).toBe("system")
    expect(choosePayment([STRIPE_PROVIDER], " ").kind).toBe("none")
    expect(choosePayment([], "pk_test_123").kind).toBe("none")
  })
})

describe("smallestUnit", () => {
  it("turns major units into cents, and leaves zero-decimal currencies whole", () => {
    expect(smallestUnit(24.9, "eur")).toBe(2490)
    expect(smallestUnit(0.1 + 0.2, "usd")).toBe(30)
    expect(smallestUnit(1200, "jpy")).toBe(1200)
  })
})

describe("redirectOutcome", () => {
  it("reads Stripe's redirect_status", () => {
    expect(redirectOutcome("succeeded")).toBe("succeeded")
    expect(redirectOutcome("processing")).toBe("processing")
    expect(redirectOutcome("failed")).toBe("failed")
    expect(redirectOutcome(null)).toBe("failed")
  })
})
