import { postalAddress, type OrderAfterSale, type PostalAddress } from "@lacremeluxe/shared"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REGION_DELIVERY_DAYS } from "../seed/store"
import { afterSale, LIVE_RETURN_STATUSES, type AfterSale, type OrderFacts } from "./after-sale"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "region.metadata",
  "shipping_address.country_code",
  "items.id",
  "items.product_title",
  "items.title",
  "items.variant_title",
  "items.quantity",
  // An order line's quantity comes from its versioned detail, and only when that is asked for.
  "items.detail.quantity",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

type Maybe<T> = T | null | undefined
type Quantity = Maybe<number | string>
type RawReturn = {
  id: string
  order_id?: Maybe<string>
  status: string
  created_at: string | Date
  received_at?: Maybe<string | Date>
  items?: Maybe<Maybe<{ item_id: string; quantity: Quantity; received_quantity?: Quantity }>[]>
}
/** The order as query.graph answers ORDER_FIELDS (only what is read here). */
type RawOrder = {
  id: string
  display_id: number
  status: string
  currency_code: string
  region?: Maybe<{ metadata?: unknown }>
  shipping_address?: Maybe<{ country_code?: Maybe<string> }>
  items?: Maybe<
    Maybe<{
      id: string
      title: string
      product_title?: Maybe<string>
      variant_title?: Maybe<string>
      quantity: Quantity
    }>[]
  >
  fulfillments?: Maybe<
    Maybe<{
      id: string
      created_at: string | Date
      shipped_at?: Maybe<string | Date>
      delivered_at?: Maybe<string | Date>
      canceled_at?: Maybe<string | Date>
      labels?: Maybe<Maybe<{ tracking_number?: Maybe<string>; tracking_url?: Maybe<string> }>[]>
      items?: Maybe<Maybe<{ line_item_id?: Maybe<string>; quantity: Quantity }>[]>
    }>[]
  >
  payment_collections?: Maybe<
    Maybe<{
      payments?: Maybe<Maybe<{ refunds?: Maybe<Maybe<{ amount: Quantity; created_at: string | Date }>[]> }>[]>
    }>[]
  >
  returns?: RawReturn[]
}

const listOf = <T>(list: Maybe<Maybe<T>[]>): T[] => (list ?? []).filter((x): x is T => x != null)

const num = (value: unknown) => Number(value ?? 0)
const date = (value: Maybe<string | Date>) => (value ? new Date(value) : null)

/** The region's delivery time in days, kept once in the region's metadata (seed/store.json). */
export function deliveryDaysOf(metadata: unknown): number | null {
  const days = (metadata as Record<string, unknown> | null)?.[REGION_DELIVERY_DAYS]
  const value = typeof days === "string" ? Number(days) : days
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null
}

export type LoadedOrder = {
  id: string
  displayId: number
  currencyCode: string
  countryCode: string | null
  facts: OrderFacts
}

/** Quantities per order line, added up over a list of fulfillments' or returns' items. */
function perLine(entries: { lineId: string; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const { lineId, quantity } of entries) totals.set(lineId, (totals.get(lineId) ?? 0) + quantity)
  return totals
}

// Shipped and returned quantities are added up from the fulfillments and returns themselves, so
// they agree with the shipments and returns the shopper is shown.
function factsOf(order: RawOrder): LoadedOrder {
  const refunds = listOf(order.payment_collections)
    .flatMap((c) => listOf(c.payments))
    .flatMap((p) => listOf(p.refunds))
    .map((r) => ({ amount: num(r.amount), createdAt: new Date(r.created_at) }))
  const fulfillments = listOf(order.fulfillments)
  const returns = order.returns ?? []
  const shipped = perLine(
    fulfillments
      .filter((f) => f.shipped_at && !f.canceled_at)
      .flatMap((f) => listOf(f.items))
      .map((i) => ({ lineId: i.line_item_id ?? "", quantity: num(i.quantity) }))
  )
  const returned = perLine(
    returns
      .filter((r) => LIVE_RETURN_STATUSES.has(r.status))
      .flatMap((r) => listOf(r.items))
      .map((i) => ({ lineId: i.item_id, quantity: num(i.quantity) }))
  )
  return {
    id: order.id,
    displayId: order.display_id,
    currencyCode: order.currency_code,
    countryCode: order.shipping_address?.country_code ?? null,
    facts: {
      canceled: order.status === "canceled",
      items: listOf(order.items).map((item) => ({
        id: item.id,
        title: item.product_title ?? item.title,
        variantTitle: item.variant_title ?? null,
        quantity: num(item.quantity),
        shipped: shipped.get(item.id) ?? 0,
        returned: returned.get(item.id) ?? 0,
      })),
      fulfillments: fulfillments.map((f) => ({
        id: f.id,
        createdAt: new Date(f.created_at),
        shippedAt: date(f.shipped_at),
        deliveredAt: date(f.delivered_at),
        canceledAt: date(f.canceled_at),
        labels: listOf(f.labels).map((l) => ({
          trackingNumber: l.tracking_number ?? "",
          trackingUrl: l.tracking_url || null,
        })),
      })),
      returns: returns.map((r) => ({
        id: r.id,
        status: r.status,
        createdAt: new Date(r.created_at),
        receivedAt: date(r.received_at),
        items: listOf(r.items).map((i) => ({
          itemId: i.item_id,
          quantity: num(i.quantity),
          receivedQuantity: num(i.received_quantity),
        })),
      })),
      refunds,
      deliveryDays: deliveryDaysOf(order.region?.metadata),
    },
  }
}

// Read on their own: through the order, Medusa rewrites "returns.items.quantity" into the order
// line's quantity (its field mapping for "items."), and the return's own quantities are lost.
const RETURN_FIELDS = [
  "id",
  "order_id",
  "status",
  "created_at",
  "received_at",
  "items.item_id",
  "items.quantity",
  "items.received_quantity",
]

/** Several orders' after-sale facts (unknown ids are left out). */
export async function loadOrdersFacts(container: MedusaContainer, orderIds: string[]): Promise<LoadedOrder[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: returns }] = await Promise.all([
    query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } }),
    query.graph({ entity: "return", fields: RETURN_FIELDS, filters: { order_id: orderIds } }),
  ])
  const all = returns as unknown as RawReturn[]
  return (orders as unknown as RawOrder[]).map((order) =>
    factsOf({ ...order, returns: all.filter((r) => r.order_id === order.id) })
  )
}

/** An order's after-sale facts, or a 404 sentence for an unknown id. */
export async function loadOrderFacts(container: MedusaContainer, orderId: string): Promise<LoadedOrder> {
  const [order] = await loadOrdersFacts(container, [orderId])
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order id ${orderId} not found`)
  }
  return order
}

export const NO_ONLINE_RETURNS = "Returns cannot be started online for this order. Please contact us."

export type ReturnDestination = {
  optionId: string
  locationId: string
  /** The warehouse, named as its stock location. */
  address: PostalAddress
}

/**
 * Where returns from a country go: the return shipping option (rule is_return = true) of the
 * service zone that ships to that country, and the warehouse behind it. Chosen by the server,
 * never by the shopper.
 */
export async function returnDestination(
  container: MedusaContainer,
  countryCode: string | null
): Promise<ReturnDestination | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: [
      "id",
      "rules.attribute",
      "rules.value",
      "service_zone.geo_zones.country_code",
      "service_zone.fulfillment_set.location.id",
      "service_zone.fulfillment_set.location.name",
      "service_zone.fulfillment_set.location.address.*",
    ],
  })
  type RawOption = {
    id: string
    rules?: Maybe<Maybe<{ attribute: string; value: unknown }>[]>
    service_zone?: Maybe<{
      geo_zones?: Maybe<Maybe<{ country_code?: Maybe<string> }>[]>
      fulfillment_set?: Maybe<{
        location?: Maybe<{ id: string; name: string; address?: Maybe<Record<string, Maybe<string>>> }>
      }>
    }>
  }
  const option = (data as unknown as RawOption[]).find(
    (o) =>
      listOf(o.rules).some((r) => r.attribute === "is_return" && String(r.value) === "true") &&
      listOf(o.service_zone?.geo_zones).some((z) => z.country_code === countryCode)
  )
  const location = option?.service_zone?.fulfillment_set?.location
  if (!option || !location) {
    return null
  }
  const a = (location.address ?? {}) as Record<string, string | null | undefined>
  return {
    optionId: option.id,
    locationId: location.id,
    address: postalAddress(location.name, a),
  }
}

/** An order's after-sale state as the Store API answers it (snake_case, ISO dates). */
export function presentAfterSale(order: LoadedOrder, now: Date): OrderAfterSale {
  const state: AfterSale = afterSale(order.facts, now)
  return {
    order_id: order.id,
    display_id: order.displayId,
    currency_code: order.currencyCode,
    stage: state.stage,
    shipments: state.shipments.map((s) => ({
      id: s.id,
      shipped_at: s.shippedAt.toISOString(),
      delivered_at: s.deliveredAt?.toISOString() ?? null,
      tracking: s.tracking,
    })),
    returns: state.returns.map((r) => ({
      id: r.id,
      status: r.status,
      requested_at: r.requestedAt.toISOString(),
      received_at: r.receivedAt?.toISOString() ?? null,
      items: r.items.map((i) => ({
        item_id: i.itemId,
        title: i.title,
        quantity: i.quantity,
        received_quantity: i.receivedQuantity,
      })),
    })),
    refunds: state.refunds.map((r) => ({ amount: r.amount, created_at: r.createdAt.toISOString() })),
    refunded_total: state.refundedTotal,
    return_window: {
      ends_at: state.returnWindow.endsAt?.toISOString() ?? null,
      can_start: state.returnWindow.canStart,
      refusal: state.returnWindow.refusal,
    },
    returnable_items: state.returnable.map((r) => ({
      id: r.id,
      title: r.title,
      variant_title: r.variantTitle,
      quantity: r.quantity,
    })),
  }
}

/** One order's after-sale state, with where a return goes (the warehouse's address). */
export async function loadAfterSale(
  container: MedusaContainer,
  orderId: string,
  now = new Date()
): Promise<OrderAfterSale> {
  const order = await loadOrderFacts(container, orderId)
  const answer = presentAfterSale(order, now)
  const destination = await returnDestination(container, order.countryCode)
  if (!destination && answer.return_window.can_start) {
    answer.return_window = { ...answer.return_window, can_start: false, refusal: NO_ONLINE_RETURNS }
    answer.returnable_items = []
  }
  return { ...answer, return_address: destination?.address ?? null }
}
