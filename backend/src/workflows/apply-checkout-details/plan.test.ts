import { describe, expect, it } from "vitest"
import { addressChange, cartHasPromotions, onlyMethodsJustAdded } from "./plan"

describe("cartHasPromotions", () => {
  it("is false for a cart without codes or adjustments", () => {
    expect(cartHasPromotions({})).toBe(false)
    expect(
      cartHasPromotions({
        promotions: [],
        items: [{ adjustments: [] }, { adjustments: null }, null],
        shipping_methods: [{ adjustments: [] }],
      })
    ).toBe(false)
  })

  it("is true for a code, or an adjustment on a line or a shipping method", () => {
    expect(cartHasPromotions({ promotions: [{ code: "WELCOME10" }] })).toBe(true)
    expect(cartHasPromotions({ items: [{ adjustments: [] }, { adjustments: [{ amount: 2 }] }] })).toBe(true)
    expect(cartHasPromotions({ shipping_methods: [{ adjustments: [{ amount: 4.95 }] }] })).toBe(true)
  })
})

describe("addressChange", () => {
  it("is country-or-province for a first address, a new country or a new province", () => {
    expect(addressChange(null, { country_code: "de", postal_code: "10115" })).toBe("country-or-province")
    expect(addressChange({ country_code: "de" }, { country_code: "fr" })).toBe("country-or-province")
    expect(addressChange({ country_code: "us", province: "us-ca" }, { country_code: "us", province: "us-ny" })).toBe(
      "country-or-province"
    )
  })

  it("is locality when only the postal code or the city changes", () => {
    expect(addressChange({ country_code: "de" }, { country_code: "de", postal_code: "10115", city: "Berlin" })).toBe(
      "locality"
    )
    expect(
      addressChange({ country_code: "de", postal_code: "10115" }, { country_code: "DE", postal_code: "04107" })
    ).toBe("locality")
  })

  it("is same for the same place, whatever the case of the country code", () => {
    const berlin = { country_code: "de", province: null, postal_code: "10115", city: "Berlin" }
    expect(addressChange(berlin, { ...berlin, country_code: "DE", province: undefined })).toBe("same")
  })
})

describe("onlyMethodsJustAdded", () => {
  it("is true when every method of the cart was just added, false when another is there", () => {
    expect(onlyMethodsJustAdded([{ id: "sm_1" }], [{ id: "sm_1" }])).toBe(true)
    expect(onlyMethodsJustAdded([], [{ id: "sm_1" }])).toBe(true)
    expect(onlyMethodsJustAdded([{ id: "sm_1" }, { id: "sm_0" }], [{ id: "sm_1" }])).toBe(false)
  })
})
