import { describe, expect, it } from "vitest"
import { CheckoutInput, fieldErrors } from "./address"

const valid = {
  email: "mara@example.com",
  first_name: "Mara",
  last_name: "Lindqvist",
  address_1: "Karl-Liebknecht-Straße 9",
  postal_code: "04107",
  city: "Leipzig",
  country_code: "de",
  shipping_option_id: "so_1",
}

describe("checkout address", () => {
  it("accepts a German address", () => {
    expect(CheckoutInput.safeParse(valid).success).toBe(true)
  })

  it("refuses a postal code of the wrong shape, beside the postal code field", () => {
    const result = CheckoutInput.safeParse({ ...valid, postal_code: "ABC" })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!)).toEqual({ postal_code: expect.stringContaining("10115") })
  })

  it("needs a US state, and knows Dutch and Irish postal codes", () => {
    const us = CheckoutInput.safeParse({ ...valid, country_code: "us", postal_code: "94103" })
    expect(fieldErrors(us.error!)).toEqual({ province: "Please choose your state." })
    expect(
      CheckoutInput.safeParse({ ...valid, country_code: "us", postal_code: "94103", province: "CA" }).success
    ).toBe(true)
    expect(CheckoutInput.safeParse({ ...valid, country_code: "nl", postal_code: "1012 AB" }).success).toBe(true)
    expect(CheckoutInput.safeParse({ ...valid, country_code: "ie", postal_code: "D02 X285" }).success).toBe(true)
  })

  it("says what is missing in words", () => {
    const result = CheckoutInput.safeParse({ ...valid, email: "nope", city: " " })
    expect(fieldErrors(result.error!)).toMatchObject({
      email: expect.stringContaining("valid e-mail"),
      city: "Please enter your town or city.",
    })
  })
})
