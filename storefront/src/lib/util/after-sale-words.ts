import type { AfterSaleView } from "../data/after-sale"
import type en from "../../messages/en.json"
import { formatMoney } from "./money"

export type StatusLine = { text: string; link?: { href: string; label: string } }

/** The "afterSale" messages, in the shopper's language (getTranslations("afterSale") or a test's createTranslator). */
export type AfterSaleT = (key: keyof (typeof en)["afterSale"], values?: Record<string, string>) => string

/** Dates and amounts in the shopper's locale. */
function formats(locale: string) {
  return {
    day: (iso: string) => new Date(iso).toLocaleDateString(locale, { day: "numeric", month: "short", timeZone: "UTC" }),
    money: (amount: number, currencyCode: string) => formatMoney(amount, currencyCode, locale),
  }
}

const RETURN_WORDS = {
  requested: "returnStarted",
  partially_received: "returnPartly",
  received: "returnReceived",
} as const satisfies Record<AfterSaleView["returns"][number]["status"], keyof (typeof en)["afterSale"]>

const STAGE_WORDS = {
  canceled: "canceled",
  processing: "processing",
  preparing: "preparing",
  partially_shipped: "partiallyShipped",
  shipped: "shipped",
  delivered: "delivered",
} as const satisfies Record<AfterSaleView["stage"], keyof (typeof en)["afterSale"]>

/** Only http(s) tracking links are offered to the shopper. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null
}

/** The order's story after purchase, one line per event, in the shopper's words. */
export function afterSaleLines(view: AfterSaleView, t: AfterSaleT, locale: string): StatusLine[] {
  const { day, money } = formats(locale)
  const lines: StatusLine[] = []
  if (view.stage === "canceled" || view.stage === "processing" || view.stage === "preparing") {
    lines.push({ text: t(STAGE_WORDS[view.stage]) })
  }
  for (const shipment of view.shipments) {
    const tracking = shipment.tracking[0]
    const url = safeUrl(tracking?.url ?? null)
    lines.push({
      text: tracking
        ? t("shippedOnTracking", { date: day(shipment.shippedAt), number: tracking.number })
        : t("shippedOn", { date: day(shipment.shippedAt) }),
      link: url ? { href: url, label: t("track") } : undefined,
    })
    if (shipment.deliveredAt) {
      lines.push({ text: t("deliveredOn", { date: day(shipment.deliveredAt) }) })
    }
  }
  for (const ret of view.returns) {
    const when = ret.status === "requested" ? ret.requestedAt : (ret.receivedAt ?? ret.requestedAt)
    lines.push({ text: t("on", { what: t(RETURN_WORDS[ret.status]), date: day(when) }) })
  }
  for (const refund of view.refunds) {
    lines.push({
      text: t("refundedOn", { amount: money(refund.amount, view.currencyCode), date: day(refund.createdAt) }),
    })
  }
  return lines
}

/** One phrase for the order history: where the order stands, its return and refund. */
export function afterSaleSummary(view: AfterSaleView, t: AfterSaleT, locale: string): string {
  const { money } = formats(locale)
  const parts = [t(STAGE_WORDS[view.stage])]
  const lastReturn = view.returns.at(-1)
  if (lastReturn) parts.push(t(RETURN_WORDS[lastReturn.status]))
  if (view.refundedTotal > 0) parts.push(t("refunded", { amount: money(view.refundedTotal, view.currencyCode) }))
  return parts.join(" · ")
}

/** The "returnWindow" messages, in the shopper's language. */
export type ReturnWindowT = (key: keyof (typeof en)["returnWindow"], values?: Record<string, string>) => string

const longDay = (iso: string, locale: string) =>
  new Date(iso).toLocaleDateString(locale, { dateStyle: "long", timeZone: "UTC" })

/**
 * Why no return can be started, in the shopper's words. The backend's refusal is an English
 * sentence; its reason is read from the order's state, checked in the backend's order (canceled,
 * not shipped, a return already under way, the period over, everything already returned).
 */
function returnRefusal(view: AfterSaleView, t: ReturnWindowT, locale: string): string | null {
  const { canStart, endsAt, refusal } = view.returnWindow
  if (canStart || !refusal) return null
  if (view.stage === "canceled") return t("canceled")
  if (!view.shipments.length) return t("notShipped")
  if (view.returns.length) {
    return t(view.returns.some((ret) => ret.status !== "requested") ? "returnReceived" : "returnStarted")
  }
  if (endsAt && new Date(endsAt).getTime() < Date.now()) return t("ended", { date: longDay(endsAt, locale) })
  return t("allReturned")
}

/** "Returns are open until 21 December" (or why not), for the return section. */
export function returnWindowWords(
  view: AfterSaleView,
  t: AfterSaleT,
  windowT: ReturnWindowT,
  locale: string
): string | null {
  if (view.returnWindow.canStart && view.returnWindow.endsAt) {
    return t("returnUntil", { date: longDay(view.returnWindow.endsAt, locale) })
  }
  return returnRefusal(view, windowT, locale)
}
