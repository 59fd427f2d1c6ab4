/**
 * The e-mails that follow an order, one vocabulary for subscribers, the send-order-mail workflow,
 * the notification's template and the job that sends failed ones again.
 */
export const ORDER_MAIL_KINDS = [
  "order-placed",
  "order-shipped",
  "order-delivered",
  "order-canceled",
  "refund-issued",
  "return-requested",
  "return-received",
] as const

export type OrderMailKind = (typeof ORDER_MAIL_KINDS)[number]

export const isOrderMailKind = (value: unknown): value is OrderMailKind =>
  typeof value === "string" && (ORDER_MAIL_KINDS as readonly string[]).includes(value)

/**
 * What to send: the kind and the id the event carried (order, fulfillment, return, or payment for
 * refunds). Kept in the notification's data, so a failed e-mail can be rendered and sent again.
 */
export type OrderMailRequest = { kind: OrderMailKind; id: string }

/** One e-mail ready to go. `idempotencyKey` names the e-mail itself: it is sent once. */
export type OutgoingMail = {
  to: string
  template: string
  idempotencyKey: string
  subject: string
  text: string
  html: string
  data: Record<string, unknown>
  orderId?: string
}
