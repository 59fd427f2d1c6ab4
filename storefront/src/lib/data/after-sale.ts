import "server-only"
import type { OrderAfterSale, OrderStage, PostalAddress, ShopperReturnStatus } from "@lacremeluxe/shared"
import { FetchError } from "@medusajs/js-sdk"
import { hasGuestAccess } from "../server/cookies"
import { medusa } from "./medusa"
import { personal, sessionToken } from "../server/session"

export type AfterSaleView = {
  orderId: string
  stage: OrderStage
  shipments: {
    id: string
    shippedAt: string
    deliveredAt: string | null
    tracking: { number: string; url: string | null }[]
  }[]
  returns: {
    id: string
    status: ShopperReturnStatus
    requestedAt: string
    receivedAt: string | null
    items: { itemId: string; title: string; quantity: number; receivedQuantity: number }[]
  }[]
  refunds: { amount: number; createdAt: string }[]
  refundedTotal: number
  currencyCode: string
  returnWindow: { endsAt: string | null; canStart: boolean; refusal: string | null }
  returnable: { id: string; title: string; variantTitle: string | null; quantity: number }[]
  returnAddress: PostalAddress | null
}

function present(raw: OrderAfterSale): AfterSaleView {
  return {
    orderId: raw.order_id,
    stage: raw.stage,
    currencyCode: raw.currency_code,
    shipments: raw.shipments.map((s) => ({
      id: s.id,
      shippedAt: s.shipped_at,
      deliveredAt: s.delivered_at,
      tracking: s.tracking,
    })),
    returns: raw.returns.map((r) => ({
      id: r.id,
      status: r.status,
      requestedAt: r.requested_at,
      receivedAt: r.received_at,
      items: r.items.map((i) => ({
        itemId: i.item_id,
        title: i.title,
        quantity: i.quantity,
        receivedQuantity: i.received_quantity,
      })),
    })),
    refunds: raw.refunds.map((r) => ({ amount: r.amount, createdAt: r.created_at })),
    refundedTotal: raw.refunded_total,
    returnWindow: {
      endsAt: raw.return_window.ends_at,
      canStart: raw.return_window.can_start,
      refusal: raw.return_window.refusal,
    },
    returnable: raw.returnable_items.map((i) => ({
      id: i.id,
      title: i.title,
      variantTitle: i.variant_title,
      quantity: i.quantity,
    })),
    returnAddress: raw.return_address ?? null,
  }
}

/**
 * An order's fulfilment, shipments, returns and refunds. The backend shows a registered shopper's
 * order only with their token; callers check a guest's access (cookie) first.
 */
export async function orderAfterSale(orderId: string): Promise<AfterSaleView | null> {
  try {
    const { after_sale } = await medusa().client.fetch<{ after_sale: OrderAfterSale }>(
      `/store/orders/${encodeURIComponent(orderId)}/after-sale`,
      {
        headers: await personal(),
        cache: "no-store",
      }
    )
    return present(after_sale)
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 401)) {
      return null
    }
    throw error
  }
}

/** The signed-in shopper's orders' states, by order id, for the account's history. */
export async function customerOrderStates(): Promise<Map<string, AfterSaleView>> {
  const { order_states } = await medusa().client.fetch<{ order_states: OrderAfterSale[] }>(
    "/store/customers/me/order-states",
    {
      headers: await personal(),
      cache: "no-store",
    }
  )
  return new Map(order_states.map((raw) => [raw.order_id, present(raw)]))
}

export type ReturnReason = { id: string; label: string }

/** The reasons a shopper may give (staff keep them in Medusa Admin; giving one is optional). */
export async function returnReasons(): Promise<ReturnReason[]> {
  const { return_reasons } = await medusa().client.fetch<{
    return_reasons: { id: string; label: string; parent_return_reason_id?: string | null }[]
  }>("/store/return-reasons", { query: { fields: "id,label,parent_return_reason_id" } })
  return return_reasons.map((r) => ({ id: r.id, label: r.label }))
}

/**
 * Whether this visitor may see and act on the order: the browser that placed it or looked it up
 * (guest orders are otherwise reachable by id alone), or the signed-in shopper it belongs to.
 */
export async function mayFollowOrder(orderId: string): Promise<boolean> {
  if (await hasGuestAccess(orderId)) {
    return true
  }
  if (!(await sessionToken())) {
    return false
  }
  try {
    const headers = await personal()
    const [{ order }, { customer }] = await Promise.all([
      medusa().store.order.retrieve(orderId, { fields: "id,customer_id" }, headers),
      medusa().store.customer.retrieve({ fields: "id" }, headers),
    ])
    return Boolean(order.customer_id) && order.customer_id === customer.id
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return false
    }
    throw error
  }
}
