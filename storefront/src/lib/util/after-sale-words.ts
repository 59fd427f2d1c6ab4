import type { AfterSaleView } from "../data/after-sale"
import { formatMoney } from "./money"

export type StatusLine = { text: string; link?: { href: string; label: string } }

const day = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })

const RETURN_WORDS: Record<AfterSaleView["returns"][number]["status"], string> = {
  requested: "Return started",
  partially_received: "Return partly received",
  received: "Return received",
}

const STAGE_WORDS: Record<AfterSaleView["stage"], string> = {
  canceled: "Canceled",
  processing: "Order received — we're getting it ready",
  preparing: "Being packed",
  partially_shipped: "Partly shipped",
  shipped: "Shipped",
  delivered: "Delivered",
}

/** Only http(s) tracking links are offered to the shopper. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null
}

/** The order's story after purchase, one line per event, in the shopper's words. */
export function afterSaleLines(view: AfterSaleView): StatusLine[] {
  const lines: StatusLine[] = []
  if (view.stage === "canceled" || view.stage === "processing" || view.stage === "preparing") {
    lines.push({ text: STAGE_WORDS[view.stage] })
  }
  for (const shipment of view.shipments) {
    const tracking = shipment.tracking[0]
    const url = safeUrl(tracking?.url ?? null)
    lines.push({
      text: `Shipped on ${day(shipment.shippedAt)}${tracking ? ` (tracking number ${tracking.number})` : ""}`,
      link: url ? { href: url, label: "Track parcel" } : undefined,
    })
    if (shipment.deliveredAt) {
      lines.push({ text: `Delivered on ${day(shipment.deliveredAt)}` })
    }
  }
  for (const ret of view.returns) {
    const when = ret.status === "requested" ? ret.requestedAt : (ret.receivedAt ?? ret.requestedAt)
    lines.push({ text: `${RETURN_WORDS[ret.status]} on ${day(when)}` })
  }
  for (const refund of view.refunds) {
    lines.push({ text: `${formatMoney(refund.amount, view.currencyCode)} refunded on ${day(refund.createdAt)}` })
  }
  return lines
}

/** One phrase for the order history: where the order stands, its return and refund. */
export function afterSaleSummary(view: AfterSaleView): string {
  const parts = [STAGE_WORDS[view.stage]]
  const lastReturn = view.returns.at(-1)
  if (lastReturn) parts.push(RETURN_WORDS[lastReturn.status])
  if (view.refundedTotal > 0) parts.push(`${formatMoney(view.refundedTotal, view.currencyCode)} refunded`)
  return parts.join(" · ")
}

/** "Returns are open until 21 Dec" (or why not), for the return section. */
export function returnWindowWords(view: AfterSaleView): string | null {
  if (view.returnWindow.canStart && view.returnWindow.endsAt) {
    return `You can start a return until ${new Date(view.returnWindow.endsAt).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}.`
  }
  return view.returnWindow.refusal
}
