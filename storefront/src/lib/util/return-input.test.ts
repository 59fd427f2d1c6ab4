import { describe, expect, it } from "vitest"
import { createTranslator } from "next-intl"
import de from "../../messages/de.json"
import en from "../../messages/en.json"
import { translateFieldErrors } from "../i18n/field-errors"
import { fieldErrors } from "./address"
import { LookupInput, ReturnInput, returnFormValues } from "./return-input"

const words = (locale: string, messages: typeof en) =>
  createTranslator({ locale, messages, namespace: "orderActions.errors" })

describe("order lookup input", () => {
  it("accepts the number with or without '#', and the e-mail in any case", () => {
    expect(LookupInput.parse({ email: " Mara@Example.com ", order_number: "#1042" })).toEqual({
      email: "mara@example.com",
      order_number: 1042,
    })
  })

  it("explains a malformed e-mail or number, in the shopper's language", () => {
    const result = LookupInput.safeParse({ email: "mara", order_number: "abc" })
    expect(translateFieldErrors(fieldErrors(result.error!), words("en-GB", en))).toEqual({
      email: "Please enter the e-mail address you ordered with, like name@example.com.",
      order_number: "Please enter the order number from your confirmation e-mail, like 1042.",
    })
    expect(translateFieldErrors(fieldErrors(result.error!), words("de-DE", de))).toEqual({
      email: "Bitte geben Sie die E-Mail-Adresse ein, mit der Sie bestellt haben, z. B. name@example.com.",
      order_number: "Bitte geben Sie die Bestellnummer aus Ihrer Bestätigungs-E-Mail ein, z. B. 1042.",
    })
  })
})

describe("return form input", () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData()
    for (const [key, value] of entries) data.append(key, value)
    return returnFormValues(data)
  }

  it("keeps the lines with a quantity, and leaves out an empty reason and note", () => {
    const values = form([
      ["qty:item_1", "2"],
      ["qty:item_2", "0"],
      ["reason_id", ""],
      ["note", " "],
    ])
    expect(ReturnInput.parse(values)).toEqual({
      items: [{ id: "item_1", quantity: 2 }],
      reason_id: undefined,
      note: undefined,
    })
  })

  it("asks for at least one item, and for whole numbers", () => {
    const none = ReturnInput.safeParse(
      form([
        ["qty:item_1", "0"],
        ["reason_id", ""],
        ["note", ""],
      ])
    )
    const notANumber = ReturnInput.safeParse(
      form([
        ["qty:item_1", "two"],
        ["reason_id", ""],
        ["note", "x".repeat(501)],
      ])
    )
    expect(translateFieldErrors(fieldErrors(none.error!), words("en-GB", en))).toEqual({
      items: "Choose at least one item and how many to return.",
    })
    expect(translateFieldErrors(fieldErrors(notANumber.error!), words("de-DE", de))).toEqual({
      items: "Wählen Sie mindestens einen Artikel und wie viele Sie zurücksenden.",
      note: "Bitte halten Sie die Notiz unter 500 Zeichen.",
    })
  })
})
