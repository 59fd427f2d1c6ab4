import { describe, expect, it } from "vitest"
import { type CheckoutState, settlementFor } from "./settle"

const base: CheckoutState = {
  cartId: "cart_1",
  completedAt: "2026-12-03T09:00:00Z",
  order: { id: "order_1", status: "pending" },
  authorizedPaymentId: null,
  sessionId: "payses_1",
}

describe("settlementFor", () => {
  it("finishes an order whose payment is authorised", () => {
    expect(settlementFor({ ...base, authorizedPaymentId: "pay_1" })).toEqual({ action: "finish", orderId: "order_1" })
  })

  it("authorises the session of an order that has no payment", () => {
    expect(settlementFor(base)).toEqual({ action: "authorize", orderId: "order_1", sessionId: "payses_1" })
  })

  it("completes a paid cart that has no order", () => {
    expect(settlementFor({ ...base, order: null, completedAt: null, authorizedPaymentId: "pay_1" })).toEqual({
      action: "complete",
    })
  })

  it("reopens a cart marked completed without order or payment", () => {
    expect(settlementFor({ ...base, order: null })).toEqual({ action: "reopen" })
    expect(settlementFor({ ...base, order: { id: "order_1", status: "canceled" } })).toEqual({ action: "reopen" })
  })

  it("leaves an open cart and a settled cancelled order alone", () => {
    expect(settlementFor({ ...base, order: null, completedAt: null })).toEqual({ action: "none" })
    expect(settlementFor({ ...base, order: { id: "order_1", status: "canceled" }, completedAt: null })).toEqual({
      action: "none",
    })
  })
})
