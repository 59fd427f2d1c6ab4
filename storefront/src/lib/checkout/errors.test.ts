import { describe, expect, it } from "vitest"
import { explainRefusal, PAYMENT_REFUSED, SOLD_OUT } from "./errors"

describe("explainRefusal", () => {
  it("turns Medusa's payment refusals into words for the shopper", () => {
    expect(explainRefusal("Session: payses_01ABC was not authorized with the provider.")).toBe(PAYMENT_REFUSED)
    expect(explainRefusal("Payment authorization failed")).toBe(PAYMENT_REFUSED)
  })

  it("explains a sold-out item and keeps other messages, which are already readable", () => {
    expect(explainRefusal("Some variant does not have the required inventory")).toBe(SOLD_OUT)
    expect(explainRefusal("Shipping address is required")).toBe("Shipping address is required")
  })
})
