import { describe, expect, it } from "vitest"
import { boughtAndDelivered } from "./verified-buyer"

const order = (productId: string, deliveredAt: string | null) => ({
  items: [{ id: "line_1", product_id: productId }],
  fulfillments: [{ delivered_at: deliveredAt, items: [{ line_item_id: "line_1" }] }],
})

describe("verified buyer", () => {
  it("counts an order whose fulfilment with the product was delivered", () => {
    expect(boughtAndDelivered([order("prod_a", "2026-12-01T10:00:00Z")], "prod_a")).toBe(true)
  })

  it("does not count an order not delivered yet, or one of another product", () => {
    expect(boughtAndDelivered([order("prod_a", null)], "prod_a")).toBe(false)
    expect(boughtAndDelivered([order("prod_b", "2026-12-01T10:00:00Z")], "prod_a")).toBe(false)
    expect(boughtAndDelivered([], "prod_a")).toBe(false)
  })
})
