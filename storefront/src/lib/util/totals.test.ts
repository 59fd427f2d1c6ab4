import { describe, expect, it } from "vitest"
import { displayTotals } from "./totals"

describe("displayTotals", () => {
  it("shows European subtotals with VAT and the VAT as included", () => {
    const totals = displayTotals({
      currency_code: "eur",
      original_item_total: 38.9,
      original_item_subtotal: 32.15,
      discount_total: 3.89,
      shipping_total: 4.95,
      tax_total: 6.94,
      total: 39.96,
    })
    expect(totals).toEqual({
      subtotal: 38.9,
      discount: 3.89,
      shipping: 4.95,
      tax: 6.94,
      taxIncluded: true,
      total: 39.96,
    })
    expect(totals.subtotal - totals.discount + totals.shipping).toBeCloseTo(totals.total, 2)
  })

  it("shows US subtotals before sales tax, which is added", () => {
    const totals = displayTotals({
      currency_code: "usd",
      original_item_total: 45.27,
      original_item_subtotal: 42.2,
      tax_total: 3.06,
      shipping_total: 6.5,
      discount_total: 0,
      total: 51.76,
    })
    expect(totals.subtotal).toBe(42.2)
    expect(totals.taxIncluded).toBe(false)
    expect(totals.subtotal + totals.tax + totals.shipping).toBeCloseTo(51.76, 1)
  })
})
