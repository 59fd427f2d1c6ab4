import { beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken, store } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { inventoryItem } from "../support/stock"

type Revenue = { currency_code: string; amount: number }
type Summary = {
  timezone: string
  today: { from: string; to: string; orders: number; revenue: Revenue[] }
  last_7_days: { from: string; to: string; orders: number; revenue: Revenue[] }
  awaiting_fulfillment: number
  open_returns: number
  best_selling_sets: { product_id: string; title: string; quantity: number; orders: number }[]
}

let token: string
const summary = async (query = "") => {
  const { status, body } = await admin<{ summary: Summary; message?: string }>(`/admin/dashboard/summary${query}`, {
    token,
  })
  return { status, body }
}
const eur = (revenue: Revenue[]) => revenue.find((r) => r.currency_code === "eur")?.amount ?? 0
const setSold = (s: Summary, title: string) => s.best_selling_sets.find((set) => set.title === title)?.quantity ?? 0

beforeAll(async () => {
  token = await adminToken()
})

describe("today at a glance", () => {
  it("counts an order placed now: today, this week, waiting to be fulfilled, and its set among the best sellers", async () => {
    const { body: found } = await store("/store/products?handle=treat-set&fields=variants.id")
    const setVariant = found.products[0].variants[0].id
    const before = (await summary()).body.summary

    const cart = await newCart()
    expect((await addItem(cart.id, setVariant, 2)).status).toBe(200)
    const placed = await checkout(cart.id)
    expect(placed.body.type).toBe("order")
    const total = placed.body.order.total as number

    const { status, body } = await summary()
    expect(status).toBe(200)
    const after = body.summary
    expect(after.timezone).toBe("UTC")
    expect(after.today.from).toBe(new Date().toISOString().slice(0, 10))
    expect(after.today.orders - before.today.orders).toBe(1)
    expect(after.last_7_days.orders - before.last_7_days.orders).toBe(1)
    expect(eur(after.today.revenue) - eur(before.today.revenue)).toBeCloseTo(total, 2)
    expect(eur(after.last_7_days.revenue) - eur(before.last_7_days.revenue)).toBeCloseTo(total, 2)
    expect(after.awaiting_fulfillment - before.awaiting_fulfillment).toBe(1)
    expect(after.open_returns - before.open_returns).toBe(0)
    expect(
      setSold(after, "Niacinamide & Retinol Treatment Set") - setSold(before, "Niacinamide & Retinol Treatment Set")
    ).toBe(2)
  })

  it("stops counting an order as waiting once it is fulfilled, and counts its return until it is received", async () => {
    const { body: found } = await store("/store/products?handle=pore-clarity-cleansing-oil&fields=variants.id")
    const cart = await newCart()
    expect((await addItem(cart.id, found.products[0].variants[0].id, 1)).status).toBe(200)
    const placed = await checkout(cart.id)
    expect(placed.body.type).toBe("order")
    const order = placed.body.order as { id: string; items: { id: string; quantity: number }[] }
    const items = order.items.map((item) => ({ id: item.id, quantity: item.quantity }))
    const placedSummary = (await summary()).body.summary

    const fulfilled = await admin(`/admin/orders/${order.id}/fulfillments`, { token, body: { items } })
    expect(fulfilled.status, JSON.stringify(fulfilled.body)).toBe(200)
    const afterFulfilment = (await summary()).body.summary
    expect(afterFulfilment.awaiting_fulfillment - placedSummary.awaiting_fulfillment).toBe(-1)
    expect(afterFulfilment.today.orders).toBe(placedSummary.today.orders)

    // Without a location Medusa's receive step fails with a 500 ("Cannot receive the Return at location null").
    const warehouse = (await inventoryItem("LCL-CLN-OIL-150")).location_levels[0].location_id
    const begun = await admin("/admin/returns", { token, body: { order_id: order.id, location_id: warehouse } })
    expect(begun.status, JSON.stringify(begun.body)).toBe(200)
    const returnId = begun.body.return.id as string
    const requested = await admin(`/admin/returns/${returnId}/request-items`, { token, body: { items } })
    expect(requested.status, JSON.stringify(requested.body)).toBe(200)
    const confirmed = await admin(`/admin/returns/${returnId}/request`, { token, body: {} })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    expect((await summary()).body.summary.open_returns - afterFulfilment.open_returns).toBe(1)

    expect((await admin(`/admin/returns/${returnId}/receive`, { token, body: {} })).status).toBe(200)
    const received = await admin(`/admin/returns/${returnId}/receive-items`, { token, body: { items } })
    expect(received.status, JSON.stringify(received.body)).toBe(200)
    const done = await admin(`/admin/returns/${returnId}/receive/confirm`, { token, body: {} })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect((await summary()).body.summary.open_returns).toBe(afterFulfilment.open_returns)
  })

  it("reads days in the time zone asked for, and refuses one that does not exist with a sentence", async () => {
    const berlin = await summary("?tz=Europe/Berlin")
    expect(berlin.status).toBe(200)
    expect(berlin.body.summary.timezone).toBe("Europe/Berlin")
    const unknown = await summary("?tz=Mars/Olympus")
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toContain("The time zone must be an IANA name such as Europe/Berlin or UTC.")
  })
})
