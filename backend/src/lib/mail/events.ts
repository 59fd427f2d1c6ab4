import type { OrderMailRequest } from "./kinds"

type EventData = Record<string, unknown>

const id = (value: unknown) => (typeof value === "string" && value ? value : undefined)

/**
 * Medusa's own events (names from @medusajs/utils' core-flows events) and the e-mail each one
 * sends. A refund has no order event: `payment.refunded` (refundPaymentWorkflow) names the payment.
 */
const MAIL_FOR_EVENT: Record<string, (data: EventData) => OrderMailRequest | undefined> = {
  "order.placed": (data) => (id(data.id) ? { kind: "order-placed", id: id(data.id)! } : undefined),
  "shipment.created": (data) => (id(data.id) ? { kind: "order-shipped", id: id(data.id)! } : undefined),
  "delivery.created": (data) => (id(data.id) ? { kind: "order-delivered", id: id(data.id)! } : undefined),
  "order.canceled": (data) => (id(data.id) ? { kind: "order-canceled", id: id(data.id)! } : undefined),
  "payment.refunded": (data) => (id(data.id) ? { kind: "refund-issued", id: id(data.id)! } : undefined),
  "order.return_requested": (data) =>
    id(data.return_id) ? { kind: "return-requested", id: id(data.return_id)! } : undefined,
  "order.return_received": (data) =>
    id(data.return_id) ? { kind: "return-received", id: id(data.return_id)! } : undefined,
}

export const ORDER_MAIL_EVENTS = Object.keys(MAIL_FOR_EVENT)

/** The e-mail an event asks for; none when staff chose "no notification" or the event is unknown. */
export function mailForEvent(name: string, data: EventData): OrderMailRequest | undefined {
  if (data.no_notification === true) {
    return undefined
  }
  return MAIL_FOR_EVENT[name]?.(data)
}
