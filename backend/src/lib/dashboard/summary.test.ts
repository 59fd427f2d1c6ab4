import { describe, expect, it } from "vitest"
import { daysBefore, isTimeZone, localDate, summarize, type SummaryOrder } from "./summary"

const now = new Date("2026-12-03T09:00:00Z")

const line = (overrides: Partial<SummaryOrder["items"][number]> = {}): SummaryOrder["items"][number] => ({
  product_id: "prod_oil",
  product_title: "Pore Clarity Cleansing Oil",
  product_type: "Cleanser",
  quantity: 1,
  fulfilled_quantity: 0,
  ...overrides,
})
const cleanseSet = (quantity: number) =>
  line({ product_id: "prod_set", product_title: "Double Cleanse Set", product_type: "Bundle", quantity })
const maskSet = (quantity: number) =>
  line({ product_id: "prod_mask", product_title: "Mask Set", product_type: "Bundle", quantity })

let next = 0
const order = (created_at: string, overrides: Partial<SummaryOrder> = {}): SummaryOrder => ({
  id: `order_${++next}`,
  created_at,
  status: "pending",
  currency_code: "eur",
  total: 10.1,
  items: [line()],
  ...overrides,
})

describe("calendar days", () => {
  it("reads an instant's date in the store's time zone", () => {
    expect(localDate("2026-12-02T23:30:00Z", "UTC")).toBe("2026-12-02")
    expect(localDate("2026-12-02T23:30:00Z", "Europe/Berlin")).toBe("2026-12-03")
    expect(localDate("2026-12-03T03:00:00Z", "America/New_York")).toBe("2026-12-02")
  })

  it("counts days back across months and leap years", () => {
    expect(daysBefore("2026-03-01", 1)).toBe("2026-02-28")
    expect(daysBefore("2028-03-01", 1)).toBe("2028-02-29")
    expect(daysBefore("2026-12-03", 6)).toBe("2026-11-27")
  })

  it("knows real time zones only", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true)
    expect(isTimeZone("UTC")).toBe(true)
    expect(isTimeZone("Mars/Olympus")).toBe(false)
  })
})

describe("summarize", () => {
  it("counts today's and the week's orders and revenue per currency, canceled and drafts left out", () => {
    const summary = summarize(
      [
        order("2026-12-03T08:00:00Z", { total: 10.1 }),
        order("2026-12-03T00:10:00Z", { total: 20.2 }),
        order("2026-12-03T07:00:00Z", { currency_code: "usd", total: 43 }),
        order("2026-12-03T07:30:00Z", { status: "canceled", total: 99 }),
        order("2026-12-03T07:40:00Z", { status: "draft", total: 99 }),
        order("2026-11-27T00:00:00Z", { total: 5 }),
        order("2026-11-26T23:59:00Z", { total: 1000 }),
      ],
      [],
      { now, tz: "UTC" }
    )
    expect(summary.today).toEqual({
      from: "2026-12-03",
      to: "2026-12-03",
      orders: 3,
      revenue: [
        { currency_code: "eur", amount: 30.3 },
        { currency_code: "usd", amount: 43 },
      ],
    })
    expect(summary.last_7_days).toMatchObject({ from: "2026-11-27", to: "2026-12-03", orders: 4 })
    expect(summary.last_7_days.revenue).toEqual([
      { currency_code: "eur", amount: 35.3 },
      { currency_code: "usd", amount: 43 },
    ])
  })

  it("puts an order on the day it was in the store's time zone", () => {
    const late = [order("2026-12-02T23:30:00Z")]
    expect(summarize(late, [], { now, tz: "UTC" }).today.orders).toBe(0)
    expect(summarize(late, [], { now, tz: "Europe/Berlin" }).today.orders).toBe(1)
  })

  it("counts orders with anything left to fulfil, and returns still to receive", () => {
    const summary = summarize(
      [
        order("2026-12-01T10:00:00Z", { items: [line({ quantity: 2, fulfilled_quantity: 1 })] }),
        order("2026-12-01T10:00:00Z", { items: [line({ quantity: 2, fulfilled_quantity: 2 })] }),
        order("2026-10-01T10:00:00Z"),
        order("2026-12-01T10:00:00Z", { status: "canceled" }),
      ],
      [
        { status: "requested" },
        { status: "partially_received" },
        { status: "received" },
        { status: "open" },
        { status: "canceled" },
      ],
      { now, tz: "UTC" }
    )
    expect(summary.awaiting_fulfillment).toBe(2)
    expect(summary.open_returns).toBe(2)
  })

  it("ranks the sets sold in the last 30 days by units", () => {
    const summary = summarize(
      [
        order("2026-12-02T10:00:00Z", { items: [cleanseSet(1), line()] }),
        order("2026-12-01T10:00:00Z", { items: [maskSet(3)] }),
        order("2026-11-20T10:00:00Z", { items: [cleanseSet(1)] }),
        order("2026-11-20T10:00:00Z", { items: [cleanseSet(5)], status: "canceled" }),
        order("2026-10-01T10:00:00Z", { items: [cleanseSet(9)] }),
      ],
      [],
      { now, tz: "UTC" }
    )
    expect(summary.best_selling_sets).toEqual([
      { product_id: "prod_mask", title: "Mask Set", quantity: 3, orders: 1 },
      { product_id: "prod_set", title: "Double Cleanse Set", quantity: 2, orders: 2 },
    ])
  })
})
