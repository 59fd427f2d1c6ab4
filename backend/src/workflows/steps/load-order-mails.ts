import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderMailKind, OrderMailRequest, OutgoingMail } from "../../lib/mail/kinds"
import { loadOrderDelivered, loadOrderShipped } from "../../lib/mail/load/fulfillment"
import { loadOrderCanceled } from "../../lib/mail/load/order-canceled"
import { loadOrderPlaced } from "../../lib/mail/load/order-placed"
import { loadRefundIssued } from "../../lib/mail/load/refund"
import { loadReturnReceived, loadReturnRequested } from "../../lib/mail/load/returns"
import type { MailLoader } from "../../lib/mail/load/types"

const LOADERS: Record<OrderMailKind, MailLoader> = {
  "order-placed": loadOrderPlaced,
  "order-shipped": loadOrderShipped,
  "order-delivered": loadOrderDelivered,
  "order-canceled": loadOrderCanceled,
  "refund-issued": loadRefundIssued,
  "return-requested": loadReturnRequested,
  "return-received": loadReturnReceived,
}

/** Reads and renders the e-mails asked for (nothing to undo: it only reads). */
export const loadOrderMailsStep = createStep(
  "load-order-mails",
  async (requests: OrderMailRequest[], { container }) => {
    const mails: OutgoingMail[] = []
    for (const request of requests) {
      mails.push(...(await LOADERS[request.kind](container, request.id)))
    }
    return new StepResponse(mails)
  }
)
