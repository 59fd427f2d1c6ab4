/**
 * What happened to an order after it was placed, and what the shopper may still return: pure
 * rules over facts loaded elsewhere (`load-after-sale.ts`), so they can be tested without a store.
 */
import type { OrderStage, ShopperReturnStatus } from "@lacremeluxe/shared"

/** The withdrawal period: 14 days from receipt (storefront/src/content/legal/withdrawal.md). */
export const RETURN_WINDOW_DAYS = 14

const DAY_MS = 24 * 60 * 60 * 1000

export type ItemFacts = {
  id: string
  title: string
  variantTitle: string | null
  quantity: number
  /** In shipped fulfillments. */
  shipped: number
  /** In returns started or received (not canceled). */
  returned: number
}

export type FulfillmentFacts = {
  id: string
  createdAt: Date
  shippedAt: Date | null
  deliveredAt: Date | null
  canceledAt: Date | null
  labels: { trackingNumber: string; trackingUrl: string | null }[]
}

export type ReturnFacts = {
  id: string
  status: string
  createdAt: Date
  receivedAt: Date | null
  items: { itemId: string; quantity: number; receivedQuantity: number }[]
}

export type OrderFacts = {
  canceled: boolean
  items: ItemFacts[]
  fulfillments: FulfillmentFacts[]
  returns: ReturnFacts[]
  refunds: { amount: number; createdAt: Date }[]
  /** The region's delivery time (seed/store.json); unknown → the window counts from shipment. */
  deliveryDays: number | null
}

export type Shipment = {
  id: string
  shippedAt: Date
  deliveredAt: Date | null
  tracking: { number: string; url: string | null }[]
}

export type ReturnView = {
  id: string
  status: ShopperReturnStatus
  requestedAt: Date
  receivedAt: Date | null
  items: { itemId: string; title: string; quantity: number; receivedQuantity: number }[]
}

export type ReturnWindow = {
  /** The last day a return can be started (null before anything shipped). */
  endsAt: Date | null
  canStart: boolean
  /** Why a return cannot be started, in a sentence for the shopper (null when it can). */
  refusal: string | null
}

export type Returnable = { id: string; title: string; variantTitle: string | null; quantity: number }

export type AfterSale = {
  stage: OrderStage
  shipments: Shipment[]
  returns: ReturnView[]
  refunds: { amount: number; createdAt: Date }[]
  refundedTotal: number
  returnWindow: ReturnWindow
  returnable: Returnable[]
}

/** Returns that count: staff's drafts ("open") and canceled returns do not. */
export const LIVE_RETURN_STATUSES = new Set(["requested", "received", "partially_received"])

function liveReturns(returns: ReturnFacts[]) {
  return returns.filter((r) => LIVE_RETURN_STATUSES.has(r.status))
}

function stageOf(facts: OrderFacts, shipments: Shipment[]): OrderStage {
  if (facts.canceled) return "canceled"
  const ordered = facts.items.reduce((sum, item) => sum + item.quantity, 0)
  const shipped = facts.items.reduce((sum, item) => sum + Math.min(item.shipped, item.quantity), 0)
  if (shipments.length && shipments.every((s) => s.deliveredAt) && shipped >= ordered) return "delivered"
  if (shipped > 0) return shipped >= ordered ? "shipped" : "partially_shipped"
  return facts.fulfillments.some((f) => !f.canceledAt) ? "preparing" : "processing"
}

/**
 * When the goods were received: the delivery date staff marked, or else shipment plus the
 * region's delivery time. With several parcels the period runs from the last one received
 * (as the EU withdrawal rules have it for goods delivered separately).
 */
export function receivedAt(shipment: Shipment, deliveryDays: number | null): Date {
  return shipment.deliveredAt ?? new Date(shipment.shippedAt.getTime() + (deliveryDays ?? 0) * DAY_MS)
}

export function returnWindow(facts: OrderFacts, shipments: Shipment[], now: Date): ReturnWindow {
  if (facts.canceled) {
    return { endsAt: null, canStart: false, refusal: "This order was canceled, so there is nothing to return." }
  }
  if (!shipments.length) {
    return { endsAt: null, canStart: false, refusal: "A return can be started once your order has shipped." }
  }
  const lastReceipt = Math.max(...shipments.map((s) => receivedAt(s, facts.deliveryDays).getTime()))
  const endsAt = new Date(lastReceipt + RETURN_WINDOW_DAYS * DAY_MS)
  // One return per order, started online: simple to follow for shopper and staff; anything more
  // goes through the shop by e-mail (shipping-returns.md says so).
  const live = liveReturns(facts.returns)
  if (live.length) {
    const received = live.some((r) => r.status !== "requested")
    return {
      endsAt,
      canStart: false,
      refusal: received
        ? "A return for this order has already been received."
        : "A return has already been started for this order.",
    }
  }
  if (now.getTime() > endsAt.getTime()) {
    return {
      endsAt,
      canStart: false,
      refusal: `The ${RETURN_WINDOW_DAYS}-day return period for this order ended on ${endsAt.toISOString().slice(0, 10)}.`,
    }
  }
  return { endsAt, canStart: true, refusal: null }
}

/** What can still go back: shipped, less what is already on its way back or received. */
export function returnableItems(facts: OrderFacts): Returnable[] {
  return facts.items
    .map((item) => ({
      id: item.id,
      title: item.title,
      variantTitle: item.variantTitle,
      quantity: Math.max(0, Math.min(item.shipped, item.quantity) - item.returned),
    }))
    .filter((item) => item.quantity > 0)
}

export function afterSale(facts: OrderFacts, now: Date): AfterSale {
  const shipments: Shipment[] = facts.fulfillments
    .filter((f) => f.shippedAt && !f.canceledAt)
    .map((f) => ({
      id: f.id,
      shippedAt: f.shippedAt!,
      deliveredAt: f.deliveredAt,
      tracking: f.labels.filter((l) => l.trackingNumber).map((l) => ({ number: l.trackingNumber, url: l.trackingUrl })),
    }))
    .sort((a, b) => a.shippedAt.getTime() - b.shippedAt.getTime())
  const titles = new Map(facts.items.map((item) => [item.id, item.title]))
  const returns: ReturnView[] = liveReturns(facts.returns)
    .map((r) => ({
      id: r.id,
      status: r.status as ReturnView["status"],
      requestedAt: r.createdAt,
      receivedAt: r.receivedAt,
      items: r.items.map((i) => ({
        itemId: i.itemId,
        title: titles.get(i.itemId) ?? "",
        quantity: i.quantity,
        receivedQuantity: i.receivedQuantity,
      })),
    }))
    .sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime())
  const window = returnWindow(facts, shipments, now)
  const returnable = window.canStart ? returnableItems(facts) : []
  if (window.canStart && !returnable.length) {
    window.canStart = false
    window.refusal = "Everything shipped in this order has already been returned."
  }
  return {
    stage: stageOf(facts, shipments),
    shipments,
    returns,
    refunds: facts.refunds,
    refundedTotal: facts.refunds.reduce((sum, r) => sum + r.amount, 0),
    returnWindow: window,
    returnable,
  }
}

export type ReturnRequestLine = { id: string; quantity: number }

/**
 * Checks a shopper's return request against the order: the first problem as a sentence, or null
 * when every line may go back.
 */
export function refuseReturnRequest(state: AfterSale, facts: OrderFacts, lines: ReturnRequestLine[]): string | null {
  if (!state.returnWindow.canStart) {
    return state.returnWindow.refusal
  }
  const seen = new Set<string>()
  for (const line of lines) {
    if (seen.has(line.id)) return "Each item can be listed only once in a return."
    seen.add(line.id)
    const item = facts.items.find((i) => i.id === line.id)
    if (!item) return `The item ${line.id} is not part of this order.`
    const available = state.returnable.find((r) => r.id === line.id)?.quantity ?? 0
    if (line.quantity > available) {
      return available
        ? `You can return at most ${available} of "${item.title}".`
        : `"${item.title}" cannot be returned: it has not shipped or is already being returned.`
    }
  }
  return null
}
