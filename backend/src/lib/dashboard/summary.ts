import { BUNDLE_TYPE } from "../catalog/bundles"
import type { BestSellingSet, DashboardSummary, Period, Revenue, SummaryOrder } from "./types"

export type { BestSellingSet, DashboardSummary, Period, Revenue, SummaryOrder }

export const WEEK_DAYS = 7
export const BEST_SELLER_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/** Orders that count as sales: neither canceled nor a draft. */
const COUNTED = (order: Pick<SummaryOrder, "status">) => order.status !== "canceled" && order.status !== "draft"
/** A return staff still expect to receive: requested, or received only in part. */
export const OPEN_RETURN_STATUSES = ["requested", "partially_received"]

/** Whether `tz` is an IANA time zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** The calendar date ("2026-12-03") of an instant in a time zone. */
export function localDate(instant: Date | string, tz: string): string {
  const parts = new Intl.DateTimeFormat("en", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(instant))
  const part = (type: string) => parts.find((p) => p.type === type)?.value
  return `${part("year")}-${part("month")}-${part("day")}`
}

/** The calendar date `days` before `date` ("2026-03-01" minus 1 is "2026-02-28"). */
export function daysBefore(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number)
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10)
}

/** Sums amounts per currency without float dust (totals are in major units, e.g. 39.9). */
function revenueOf(orders: SummaryOrder[]): Revenue[] {
  const totals = new Map<string, number>()
  for (const order of orders) {
    const currency = order.currency_code.toLowerCase()
    totals.set(currency, (totals.get(currency) ?? 0) + order.total)
  }
  return [...totals]
    .map(([currency_code, amount]) => ({ currency_code, amount: Math.round(amount * 1e6) / 1e6 }))
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
}

function period(orders: SummaryOrder[], tz: string, from: string, to: string): Period {
  const inside = orders.filter((order) => {
    const date = localDate(order.created_at, tz)
    return date >= from && date <= to
  })
  return { from, to, orders: inside.length, revenue: revenueOf(inside) }
}

const awaitsFulfillment = (order: SummaryOrder) =>
  order.items.some((item) => item.quantity - item.fulfilled_quantity > 0)

function bestSellingSets(orders: SummaryOrder[], since: Date): BestSellingSet[] {
  const sets = new Map<string, BestSellingSet>()
  for (const order of orders) {
    if (new Date(order.created_at) < since) {
      continue
    }
    const counted = new Set<string>()
    for (const item of order.items) {
      if (item.product_type !== BUNDLE_TYPE) {
        continue
      }
      const key = item.product_id ?? item.product_title ?? ""
      const set = sets.get(key) ?? {
        product_id: item.product_id,
        title: item.product_title ?? "",
        quantity: 0,
        orders: 0,
      }
      set.quantity += item.quantity
      if (!counted.has(key)) {
        set.orders += 1
        counted.add(key)
      }
      sets.set(key, set)
    }
  }
  return [...sets.values()].sort(
    (a, b) => b.quantity - a.quantity || b.orders - a.orders || a.title.localeCompare(b.title)
  )
}

/**
 * The day at a glance for staff: today's and the last 7 days' orders and revenue per currency
 * (calendar days in `tz`), orders still to fulfil, returns still to receive, and the sets sold
 * in the last 30 days, best-selling first. Canceled and draft orders count nowhere.
 */
export function summarize(
  orders: SummaryOrder[],
  returns: { status: string }[],
  { now, tz }: { now: Date; tz: string }
): DashboardSummary {
  const counted = orders.filter(COUNTED)
  const today = localDate(now, tz)
  return {
    timezone: tz,
    today: period(counted, tz, today, today),
    last_7_days: period(counted, tz, daysBefore(today, WEEK_DAYS - 1), today),
    awaiting_fulfillment: counted.filter(awaitsFulfillment).length,
    open_returns: returns.filter((r) => OPEN_RETURN_STATUSES.includes(r.status)).length,
    best_selling_sets: bestSellingSets(counted, new Date(now.getTime() - BEST_SELLER_DAYS * DAY_MS)),
  }
}
