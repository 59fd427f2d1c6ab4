import { describe, expect, it } from "vitest"
import {
  addressChange,
  cartHasPromotions,
  keepsShippingMethod,
  methodIsOption,
  onlyMethodsJustAdded,
  refreshReadsCart,
} from "./plan"

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

describe("methodIsOption", () => {
  const standard = {
    id: "casm_1",
    shipping_option_id: "so_standard",
    shipping_option: { price_type: "flat", provider_id: "manual_manual" },
  }

  it("is true for the cart's one method of the chosen option, flat-priced, by the manual provider", () => {
    expect(methodIsOption([standard], "so_standard")).toBe(true)
  })

  it("is false for another option, none, two methods, a calculated price or another provider", () => {
    expect(methodIsOption([standard], "so_express")).toBe(false)
    expect(methodIsOption([], "so_standard")).toBe(false)
    expect(methodIsOption(null, "so_standard")).toBe(false)
    expect(methodIsOption([standard, { ...standard, id: "casm_2" }], "so_standard")).toBe(false)
    const calculated = { ...standard, shipping_option: { price_type: "calculated", provider_id: "manual_manual" } }
    expect(methodIsOption([calculated], "so_standard")).toBe(false)
    const carrier = { ...standard, shipping_option: { price_type: "flat", provider_id: "dhl_dhl" } }
    expect(methodIsOption([carrier], "so_standard")).toBe(false)
    expect(methodIsOption([{ ...standard, shipping_option: null }], "so_standard")).toBe(false)
  })
})

describe("keepsShippingMethod", () => {
  it("keeps the chosen method when the address is the same, or only its postal code or city changed and nothing depends on them", () => {
    expect(keepsShippingMethod({ methodIsOption: true, change: "same" })).toBe(true)
    expect(
      keepsShippingMethod({ methodIsOption: true, change: "locality", localityPriced: false, localityShipped: false })
    ).toBe(true)
  })

  it("prices it again for a new country or province, where prices, taxes or zones follow the locality, or for another option", () => {
    expect(keepsShippingMethod({ methodIsOption: true, change: "country-or-province" })).toBe(false)
    expect(
      keepsShippingMethod({ methodIsOption: true, change: "locality", localityPriced: true, localityShipped: false })
    ).toBe(false)
    expect(
      keepsShippingMethod({ methodIsOption: true, change: "locality", localityPriced: false, localityShipped: true })
    ).toBe(false)
    expect(keepsShippingMethod({ methodIsOption: false, change: "same" })).toBe(false)
  })
})

describe("refreshReadsCart", () => {
  const quiet = {
    cart: { promotions: [], payment_collection: null },
    cartChanged: false,
    keepMethod: false,
    forceRefresh: false,
    otherMethods: 0,
    automaticPromotion: false,
  }

  it("does not read a cart whose first read tells the refresh everything", () => {
    expect(refreshReadsCart(quiet)).toBe(false)
    expect(refreshReadsCart({ ...quiet, keepMethod: true, cartChanged: true })).toBe(false)
  })

  it("reads the cart when a promotion can apply or a payment collection follows the total", () => {
    expect(refreshReadsCart({ ...quiet, automaticPromotion: true })).toBe(true)
    expect(refreshReadsCart({ ...quiet, cart: { promotions: [{ code: "WELCOME" }] } })).toBe(true)
    expect(refreshReadsCart({ ...quiet, cart: { payment_collection: { id: "pay_col_1" } } })).toBe(true)
  })

  it("reads the cart when the address or customer changed under a new method, or other methods remain", () => {
    expect(refreshReadsCart({ ...quiet, cartChanged: true })).toBe(true)
    expect(refreshReadsCart({ ...quiet, otherMethods: 1 })).toBe(true)
    expect(refreshReadsCart({ ...quiet, forceRefresh: true, keepMethod: true })).toBe(true)
  })
})
