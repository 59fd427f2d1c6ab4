import { describe, expect, it } from "vitest"
import { mailForEvent, ORDER_MAIL_EVENTS } from "./events"

describe("which e-mail an event sends", () => {
  it("maps each of Medusa's post-order events to its e-mail and the id it carries", () => {
    expect(mailForEvent("order.placed", { id: "order_1" })).toEqual({ kind: "order-placed", id: "order_1" })
    expect(mailForEvent("shipment.created", { id: "ful_1", no_notification: false })).toEqual({
      kind: "order-shipped",
      id: "ful_1",
    })
    expect(mailForEvent("delivery.created", { id: "ful_1" })).toEqual({ kind: "order-delivered", id: "ful_1" })
    expect(mailForEvent("order.canceled", { id: "order_1" })).toEqual({ kind: "order-canceled", id: "order_1" })
    expect(mailForEvent("payment.refunded", { id: "pay_1" })).toEqual({ kind: "refund-issued", id: "pay_1" })
    expect(mailForEvent("order.return_requested", { order_id: "order_1", return_id: "return_1" })).toEqual({
      kind: "return-requested",
      id: "return_1",
    })
    expect(mailForEvent("order.return_received", { order_id: "order_1", return_id: "return_1" })).toEqual({
      kind: "return-received",
      id: "return_1",
    })
    expect(ORDER_MAIL_EVENTS).toHaveLength(7)
  })

  it("sends nothing when staff ticked 'no notification', for an unknown event or without an id", () => {
    expect(mailForEvent("shipment.created", { id: "ful_1", no_notification: true })).toBeUndefined()
    expect(mailForEvent("order.updated", { id: "order_1" })).toBeUndefined()
    expect(mailForEvent("order.placed", {})).toBeUndefined()
  })
})
