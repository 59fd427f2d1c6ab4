import { describe, expect, it } from "vitest"
import { pricePer100Ml } from "./unit-price"

describe("pricePer100Ml", () => {
  it("scales a size's price to 100 ml, rounded to cents", () => {
    expect(pricePer100Ml(24.9, 150)).toBe(16.6)
    expect(pricePer100Ml(19.9, 30)).toBe(66.33)
  })

  it("is unknown without a price or a volume", () => {
    expect(pricePer100Ml(null, 50)).toBeNull()
    expect(pricePer100Ml(10, null)).toBeNull()
    expect(pricePer100Ml(10, 0)).toBeNull()
  })
})
