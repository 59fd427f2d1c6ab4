import { describe, expect, it } from "vitest"
import { boughtAndDelivered, deliveredLines } from "./verified-buyer"

const order = (productId: string, deliveredAt: string | null, productType: string | null = null) => ({
  items: [{ id: "line_1", product_id: productId, product_type: productType }],
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

  it("counts the products of a delivered step set, and only once the set was delivered", () => {
    const components = new Map([["prod_set", ["prod_a", "prod_b"]]])
    const delivered = order("prod_set", "2026-12-01T10:00:00Z", "Bundle")
    expect(boughtAndDelivered([delivered], "prod_b", components)).toBe(true)
    expect(boughtAndDelivered([delivered], "prod_c", components)).toBe(false)
    expect(boughtAndDelivered([order("prod_set", null, "Bundle")], "prod_a", components)).toBe(false)
    expect(deliveredLines([delivered])).toEqual([{ product_id: "prod_set", product_type: "Bundle" }])
  })
})
