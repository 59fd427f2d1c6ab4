import { renderOrderDelivered, renderOrderShipped } from "../order-updates"
import { graph, mailItem, mailLocale, type MailLoader, type Row } from "./types"

async function loadFulfillment(container: Parameters<MailLoader>[0], fulfillmentId: string) {
  const fulfillment = await graph(
    container,
    "fulfillment",
    [
      "id",
      "labels.tracking_number",
      "labels.tracking_url",
      "items.line_item_id",
      "items.title",
      "items.quantity",
      "order.id",
      "order.display_id",
      "order.email",
      "order.locale",
      "order.items.id",
      "order.items.product_title",
      "order.items.variant_title",
      "order.items.title",
    ],
    fulfillmentId
  )
  const order = fulfillment?.order
  if (!fulfillment || !order?.email) {
    return undefined
  }
  const lineItems = new Map<string, Row>((order.items ?? []).map((item: Row) => [item.id, item]))
  const items = (fulfillment.items ?? []).map((item: Row) =>
    mailItem(lineItems.get(item.line_item_id) ?? item, item.quantity)
  )
  return { fulfillment, order, items }
}

export const loadOrderShipped: MailLoader = async (container, fulfillmentId) => {
  const found = await loadFulfillment(container, fulfillmentId)
  if (!found) {
    return []
  }
  const { fulfillment, order, items } = found
  const trackings = (fulfillment.labels ?? [])
    .filter((label: Row) => label.tracking_number)
    .map((label: Row) => ({
      number: String(label.tracking_number),
      url: label.tracking_url ? String(label.tracking_url) : null,
    }))
  return [
    {
      to: order.email,
      template: "order-shipped",
      idempotencyKey: `order-shipped:${fulfillment.id}`,
      data: { kind: "order-shipped", id: fulfillment.id },
      orderId: order.id,
      ...renderOrderShipped({ locale: mailLocale(order), displayId: Number(order.display_id), items, trackings }),
    },
  ]
}

export const loadOrderDelivered: MailLoader = async (container, fulfillmentId) => {
  const found = await loadFulfillment(container, fulfillmentId)
  if (!found) {
    return []
  }
  const { fulfillment, order, items } = found
  return [
    {
      to: order.email,
      template: "order-delivered",
      idempotencyKey: `order-delivered:${fulfillment.id}`,
      data: { kind: "order-delivered", id: fulfillment.id },
      orderId: order.id,
      ...renderOrderDelivered({ locale: mailLocale(order), displayId: Number(order.display_id), items }),
    },
  ]
}
