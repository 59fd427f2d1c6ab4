import { describe, expect, it } from "vitest"
import { createTranslator } from "next-intl"
import de from "../../messages/de.json"
import en from "../../messages/en.json"
import fr from "../../messages/fr.json"
import { translateFieldErrors } from "../i18n/field-errors"
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
    expect(fieldErrors(us.error!)).toEqual({ province: "chooseState" })
    expect(
      CheckoutInput.safeParse({ ...valid, country_code: "us", postal_code: "94103", province: "CA" }).success
    ).toBe(true)
    expect(CheckoutInput.safeParse({ ...valid, country_code: "nl", postal_code: "1012 AB" }).success).toBe(true)
    expect(CheckoutInput.safeParse({ ...valid, country_code: "ie", postal_code: "D02 X285" }).success).toBe(true)
  })

  it("says what is missing in words, in each language", () => {
    const result = CheckoutInput.safeParse({ ...valid, email: "nope", city: " " })
    expect(fieldErrors(result.error!)).toMatchObject({ email: "email", city: "required.city" })
    const words = (locale: string, messages: typeof en) =>
      translateFieldErrors(
        fieldErrors(result.error!),
        createTranslator({ locale, messages, namespace: "forms.errors" })
      )
    expect(words("en-GB", en)).toMatchObject({
      email: expect.stringContaining("valid e-mail"),
      city: "Please enter your town or city.",
    })
    expect(words("de-DE", de)).toMatchObject({ city: "Bitte geben Sie Ihren Ort ein." })
    expect(words("fr-FR", fr)).toMatchObject({ city: "Veuillez saisir votre ville." })
    const postal = CheckoutInput.safeParse({ ...valid, postal_code: "1" })
    expect(
      translateFieldErrors(
        fieldErrors(postal.error!),
        createTranslator({ locale: "de-DE", messages: de, namespace: "forms.errors" })
      )
    ).toEqual({
      postal_code: "Das ist keine Postleitzahl des gewählten Landes (zum Beispiel 10115).",
    })
  })
})
