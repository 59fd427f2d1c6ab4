import { describe, expect, it } from "vitest"
import { placeUpdate } from "./cart-place"

const germany = { regionId: "reg_europe", country: "de", locale: "de-DE" }

describe("placeUpdate", () => {
  it("leaves a cart that is in the page's region, country and language alone", () => {
    const cart = { region_id: "reg_europe", locale: "de-DE", shipping_address: { country_code: "de" } }
    expect(placeUpdate(cart, germany)).toBeNull()
  })

  it("keeps a country the shopper chose in the region and only changes the language", () => {
    const cart = { region_id: "reg_europe", locale: "en-GB", shipping_address: { country_code: "fr" } }
    expect(placeUpdate(cart, germany)).toEqual({ locale: "de-DE" })
  })

  it("gives a cart without a country the page's", () => {
    const cart = { region_id: "reg_europe", locale: "de-DE", shipping_address: null }
    expect(placeUpdate(cart, germany)).toEqual({ locale: "de-DE", shipping_address: { country_code: "de" } })
  })

  it("moves a cart from another region to the page's region and country, whatever its country was", () => {
    const cart = { region_id: "reg_us", locale: "en-US", shipping_address: { country_code: "us" } }
    expect(placeUpdate(cart, germany)).toEqual({
      region_id: "reg_europe",
      locale: "de-DE",
      shipping_address: { country_code: "de" },
    })
  })

  it("treats a cart without a language as one to put in the page's", () => {
    const cart = { region_id: "reg_europe", locale: null, shipping_address: { country_code: "de" } }
    expect(placeUpdate(cart, germany)).toEqual({ locale: "de-DE" })
  })
})
