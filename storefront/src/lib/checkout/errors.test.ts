import { describe, expect, it } from "vitest"
import { refusalOf } from "./errors"

describe("refusalOf", () => {
  it("recognises Medusa's payment refusals, which name internal sessions", () => {
    expect(refusalOf(400, "Session: payses_01ABC was not authorized with the provider.")).toBe("paymentRefused")
    expect(refusalOf(400, "Payment authorization failed")).toBe("paymentRefused")
  })

  it("recognises a sold-out item, a completed or gone cart, a shipping option and a country the cart cannot have", () => {
    expect(refusalOf(400, "Some variant does not have the required inventory")).toBe("soldOut")
    expect(refusalOf(400, "Cart cart_01ABC is already completed.")).toBe("expired")
    expect(refusalOf(404, "Cart id cart_01ABC not found")).toBe("expired")
    expect(refusalOf(400, "Shipping Options are invalid for cart.")).toBe("shippingUnavailable")
    expect(refusalOf(400, "Shipping options with IDs so_1 do not have a price")).toBe("shippingUnavailable")
    expect(refusalOf(400, "Country with code us is not within region Europe")).toBe("notServed")
  })

  it("asks to try again when the store is busy, rate-limited or the cart locked by another change", () => {
    expect(refusalOf(503, "The store is very busy right now and could not take this step in time.")).toBe("busy")
    expect(refusalOf(429, "Too many requests.")).toBe("busy")
    expect(refusalOf(409, "Timed-out acquiring lock.")).toBe("busy")
  })

  it("words any other refusal generally, and a failure of ours as ours", () => {
    expect(refusalOf(400, "Shipping address is required")).toBe("refused")
    expect(refusalOf(400, "Payment provider pp_stripe_stripe is not offered in this cart's region.")).toBe("refused")
    expect(refusalOf(500, "An unknown error occurred.")).toBe("ourProblem")
    expect(refusalOf(undefined, "fetch failed")).toBe("ourProblem")
  })
})
