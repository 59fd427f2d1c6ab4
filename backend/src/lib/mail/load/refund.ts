import { renderRefundIssued } from "../order-updates"
import { graph, mailLocale, type MailLoader, type Row } from "./types"

/**
 * `payment.refunded` names the payment, not the refund: every refund of that payment gets its
 * e-mail, keyed by the refund's id, so the ones already sent are not sent again.
 */
export const loadRefundIssued: MailLoader = async (container, paymentId) => {
  const payment = await graph(
    container,
    "payment",
    [
      "id",
      "currency_code",
      "refunds.id",
      "refunds.amount",
      "payment_collection.order.id",
      "payment_collection.order.display_id",
      "payment_collection.order.email",
      "payment_collection.order.currency_code",
      "payment_collection.order.locale",
    ],
    paymentId
  )
  const order = payment?.payment_collection?.order
  if (!payment || !order?.email) {
    return []
  }
  return (payment.refunds ?? []).map((refund: Row) => ({
    to: order.email,
    template: "refund-issued",
    idempotencyKey: `refund-issued:${refund.id}`,
    data: { kind: "refund-issued", id: payment.id },
    orderId: order.id,
    ...renderRefundIssued({
      locale: mailLocale(order),
      displayId: Number(order.display_id),
      currencyCode: payment.currency_code ?? order.currency_code,
      amount: Number(refund.amount),
    }),
  }))
}
