import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { mailForEvent, ORDER_MAIL_EVENTS } from "../lib/mail/events"
import { sendOrderMailWorkflow } from "../workflows/send-order-mail"

/**
 * The shopper's e-mails after an order: placed, shipped, delivered, canceled, refund issued,
 * return requested and received. A failed send throws here, so the Redis event bus tries this
 * subscriber again with backoff (medusa-config); the order or staff action is already done.
 */
export default async function orderMail({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  const request = mailForEvent(event.name, event.data)
  if (request) {
    await sendOrderMailWorkflow(container).run({ input: request })
  }
}

export const config: SubscriberConfig = { event: ORDER_MAIL_EVENTS }
