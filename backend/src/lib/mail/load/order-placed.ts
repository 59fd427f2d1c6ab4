import { labelLines, postalAddress } from "@lacremeluxe/shared"
import { renderOrderPlaced } from "../order-placed"
import { graph, mailLocale, type MailLoader } from "./types"

export const loadOrderPlaced: MailLoader = async (container, orderId) => {
  const order = await graph(
    container,
    "order",
    [
      "id",
      "display_id",
      "email",
      "locale",
      "currency_code",
      "original_item_total",
      "original_item_subtotal",
      "shipping_total",
      "discount_total",
      "tax_total",
      "total",
      "items.product_title",
      "items.title",
      "items.variant_title",
      "items.quantity",
      "items.total",
      "shipping_address.*",
    ],
    orderId
  )
  if (!order?.email) {
    return []
  }
  const a = order.shipping_address
  const locale = mailLocale(order)
  const mail = renderOrderPlaced({
    locale,
    displayId: Number(order.display_id ?? 0),
    email: order.email,
    currencyCode: order.currency_code,
    items: (order.items ?? []).flatMap((item: Record<string, unknown> | null) =>
      item
        ? [
            {
              title: String(item.product_title ?? item.title),
              variantTitle: (item.variant_title as string) ?? null,
              quantity: Number(item.quantity),
              total: Number(item.total),
            },
          ]
        : []
    ),
    // European prices include VAT: their subtotal is shown with it; US subtotals are before tax.
    subtotal: Number((order.currency_code === "eur" ? order.original_item_total : order.original_item_subtotal) ?? 0),
    shipping: Number(order.shipping_total ?? 0),
    discount: Number(order.discount_total ?? 0),
    tax: Number(order.tax_total ?? 0),
    total: Number(order.total ?? 0),
    address: a ? labelLines(postalAddress([a.first_name, a.last_name].filter(Boolean).join(" "), a), locale) : [],
  })
  return [
    {
      to: order.email,
      template: "order-placed",
      idempotencyKey: `order-placed:${order.id}`,
      data: { kind: "order-placed", id: order.id },
      orderId: order.id,
      ...mail,
    },
  ]
}
