import { describe, expect, it } from "vitest"
import { refusalOf, type CheckoutRefusal } from "./errors"

describe("refusalOf", () => {
  it.each<[number | undefined, string, CheckoutRefusal]>([
    // Medusa's payment refusals name internal sessions.
    [400, "Session: payses_01ABC was not authorized with the provider.", "paymentRefused"],
    [400, "Payment authorization failed", "paymentRefused"],
    [400, "Some variant does not have the required inventory", "soldOut"],
    [400, "Cart cart_01ABC is already completed.", "expired"],
    [404, "Cart id cart_01ABC not found", "expired"],
    [400, "Shipping Options are invalid for cart.", "shippingUnavailable"],
    [400, "Shipping options with IDs so_1 do not have a price", "shippingUnavailable"],
    [400, "Country with code us is not within region Europe", "notServed"],
    // Busy, rate-limited, or the cart locked by another change: try again in a moment.
    [503, "The store is very busy right now and could not take this step in time.", "busy"],
    [429, "Too many requests.", "busy"],
    [409, "Timed-out acquiring lock.", "busy"],
    // Anything else is worded generally; a failure of ours as ours.
    [400, "Shipping address is required", "refused"],
    [400, "Payment provider pp_stripe_stripe is not offered in this cart's region.", "refused"],
    [500, "An unknown error occurred.", "ourProblem"],
    [undefined, "fetch failed", "ourProblem"],
  ])("%s %s → %s", (status, message, refusal) => {
    expect(refusalOf(status, message)).toBe(refusal)
  })
})
