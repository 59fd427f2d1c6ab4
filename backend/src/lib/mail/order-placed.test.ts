import { describe, expect, it } from "vitest"
import { renderOrderPlaced } from "./order-placed"

const order = {
  locale: "en-GB" as const,
  displayId: 42,
  email: "mara@example.com",
  currencyCode: "eur",
  items: [{ title: "Double Cleanse Set", variantTitle: "Set", quantity: 1, total: 39.9 }],
  subtotal: 39.9,
  shipping: 4.95,
  discount: 3.99,
  tax: 6.37,
  total: 40.86,
  address: ["Mara <Lindqvist>", "04107 Leipzig", "DE"],
}

describe("the order-placed e-mail", () => {
  it("names the order, its items, totals and address in text and HTML", () => {
    const mail = renderOrderPlaced(order)
    expect(mail.subject).toBe("Your LACREMELUXE order #42")
    expect(mail.text).toContain("1 × Double Cleanse Set (Set) — €39.90")
    expect(mail.text).toContain("Discount — −€3.99")
    expect(mail.text).toContain("Included VAT — €6.37")
    expect(mail.text).toContain("Total — €40.86")
    expect(mail.html).toContain("Thank you for your order #42")
    expect(mail.html).toContain('<td style="padding:4px 0;">1 × Double Cleanse Set (Set)</td>')
  })

  it("speaks the order's language, with prices written the way that language writes them", () => {
    const german = renderOrderPlaced({ ...order, locale: "de-DE" })
    expect(german.subject).toBe("Ihre LACREMELUXE-Bestellung #42")
    expect(german.text).toContain("1 × Double Cleanse Set (Set) — 39,90\u00a0€")
    expect(german.text).toContain("Enthaltene MwSt. — 6,37\u00a0€")
    expect(german.text).toContain("LACREMELUXE — Porenpflege Schritt für Schritt")
    expect(german.html).toContain('<html lang="de">')
    const french = renderOrderPlaced({ ...order, locale: "fr-FR" })
    expect(french.subject).toBe("Votre commande LACREMELUXE n° 42")
    expect(french.text).toContain("Total — 40,86\u00a0€")
    expect(french.text).toContain("Dont TVA — 6,37\u00a0€")
  })

  it("escapes what comes from the order in the HTML", () => {
    expect(renderOrderPlaced(order).html).toContain("Mara &lt;Lindqvist&gt;")
  })
})
