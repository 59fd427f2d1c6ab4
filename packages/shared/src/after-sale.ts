import type { PostalAddress } from "./postal-address.js"
/** Where an order stands, from the shopper's side of the parcel (backend/src/lib/returns decides). */
export type OrderStage = "canceled" | "processing" | "preparing" | "partially_shipped" | "shipped" | "delivered"

/** A return the shopper sees: started (waiting for the parcel) or received, in part or whole. */
export type ShopperReturnStatus = "requested" | "received" | "partially_received"

/**
 * The answer of `GET /store/orders/:id/after-sale` (and one entry of
 * `GET /store/customers/me/order-states`, which has no `return_address`).
 */
export type OrderAfterSale = {
  order_id: string
  display_id: number
  currency_code: string
  stage: OrderStage
  shipments: {
    id: string
    shipped_at: string
    delivered_at: string | null
    tracking: { number: string; url: string | null }[]
  }[]
  returns: {
    id: string
    status: ShopperReturnStatus
    requested_at: string
    received_at: string | null
    items: { item_id: string; title: string; quantity: number; received_quantity: number }[]
  }[]
  refunds: { amount: number; created_at: string }[]
  refunded_total: number
  /** Whether a return can be started, until when, and if not, why (a sentence for the shopper). */
  return_window: { ends_at: string | null; can_start: boolean; refusal: string | null }
  /** Order lines that can still go back, with the most of each. */
  returnable_items: { id: string; title: string; variant_title: string | null; quantity: number }[]
  /** Where a return goes: the warehouse behind the region's return shipping option. */
  return_address?: PostalAddress | null
}
