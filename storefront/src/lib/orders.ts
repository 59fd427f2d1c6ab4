import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { displayAddress } from "./address"
import { placedOrderId } from "./cookies"
import { medusa } from "./medusa"
import { personal } from "./session"
import { displayTotals, summaryLines, TOTALS_FIELDS, type DisplayTotals, type SummaryLine } from "./totals"

export type PlacedOrder = {
  id: string
  displayId: number
  email: string | null
  currencyCode: string
  lines: SummaryLine[]
  totals: DisplayTotals
  shippingMethod: string | null
  address: { name: string; lines: string[] } | null
}

/** The fields an order is shown with (confirmation page, account order detail). */
export const ORDER_VIEW_FIELDS = `id,display_id,email,currency_code,${TOTALS_FIELDS},*shipping_address,shipping_methods.name,items.id,items.product_title,items.variant_title,items.quantity,items.total`

/** An order as the pages show it. */
export function presentOrder(order: HttpTypes.StoreOrder): PlacedOrder {
  return {
    id: order.id,
    displayId: order.display_id ?? 0,
    email: order.email ?? null,
    currencyCode: order.currency_code,
    lines: summaryLines(order.items),
    totals: displayTotals(order),
    shippingMethod: order.shipping_methods?.[0]?.name ?? null,
    address: order.shipping_address ? displayAddress(order.shipping_address) : null,
  }
}

/**
 * The order this browser just placed. Another order id (someone else's) gets nothing: the
 * confirmation is tied to the httpOnly cookie set when the order was placed.
 */
export async function getPlacedOrder(orderId: string): Promise<PlacedOrder | null> {
  if ((await placedOrderId()) !== orderId) {
    return null
  }
  const { order } = await medusa().store.order.retrieve(orderId, { fields: ORDER_VIEW_FIELDS }, await personal())
  return presentOrder(order)
}
