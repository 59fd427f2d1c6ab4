import { renderOrderCanceled } from "../order-updates"
import { graph, mailLocale, type MailLoader } from "./types"

export const loadOrderCanceled: MailLoader = async (container, orderId) => {
  const order = await graph(
    container,
    "order",
    ["id", "display_id", "email", "currency_code", "total", "locale"],
    orderId
  )
  if (!order?.email) {
    return []
  }
  return [
    {
      to: order.email,
      template: "order-canceled",
      idempotencyKey: `order-canceled:${order.id}`,
      data: { kind: "order-canceled", id: order.id },
      orderId: order.id,
      ...renderOrderCanceled({
        locale: mailLocale(order),
        displayId: Number(order.display_id),
        currencyCode: order.currency_code,
        total: Number(order.total ?? 0),
      }),
    },
  ]
}
