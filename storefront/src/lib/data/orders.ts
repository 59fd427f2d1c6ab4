import "server-only"
import type { PostalAddress } from "@lacremeluxe/shared"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { displayAddress } from "../util/address"
import { hasGuestAccess, placedOrderId } from "../server/cookies"
import { medusa } from "./medusa"
import { personal } from "../server/session"
import { TOTALS_FIELDS } from "@lacremeluxe/shared"
import { displayTotals, summaryLines, type DisplayTotals, type SummaryLine } from "../util/totals"

export type PlacedOrder = {
  id: string
  displayId: number
  email: string | null
  currencyCode: string
  lines: SummaryLine[]
  totals: DisplayTotals
  shippingMethod: string | null
  address: PostalAddress | null
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
 * An order this browser placed or looked up (e-mail + order number). Another order id (someone
 * else's) gets nothing: access is tied to the httpOnly cookies set when it was placed or found.
 */
export async function getGuestOrder(orderId: string): Promise<{ order: PlacedOrder; justPlaced: boolean } | null> {
  if (!(await hasGuestAccess(orderId))) {
    return null
  }
  try {
    const { order } = await medusa().store.order.retrieve(orderId, { fields: ORDER_VIEW_FIELDS }, await personal())
    return { order: presentOrder(order), justPlaced: (await placedOrderId()) === orderId }
  } catch (error) {
    // A registered shopper's order after they signed out: it is in their account.
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
