import { describe, expect, it } from "vitest"
import {
  renderOrderCanceled,
  renderOrderDelivered,
  renderOrderShipped,
  renderRefundIssued,
  renderReturnReceived,
  renderReturnRequested,
} from "./order-updates"

const items = [
  { title: "Double Cleanse Set", variantTitle: "Set", quantity: 1 },
  { title: "Pore <Clarity> Oil", variantTitle: null, quantity: 2 },
]

describe("the e-mails after an order", () => {
  it("shipped: names the items, the tracking number and links to the carrier's tracking page", () => {
    const mail = renderOrderShipped({
      locale: "en-GB",
      displayId: 7,
      items,
      trackings: [{ number: "DHL-123", url: "https://track.example/DHL-123?a=1&b=2" }],
    })
    expect(mail.subject).toBe("Your LACREMELUXE order #7 is on its way")
    expect(mail.text).toContain("1 × Double Cleanse Set (Set)")
    expect(mail.text).toContain("Tracking number: DHL-123")
    expect(mail.text).toContain("Track your parcel: https://track.example/DHL-123?a=1&b=2")
    expect(mail.html).toContain('href="https://track.example/DHL-123?a=1&amp;b=2"')
    expect(mail.html).toContain("2 × Pore &lt;Clarity&gt; Oil")
  })

  it("shipped: a tracking link that is not http(s) is not made a link", () => {
    const mail = renderOrderShipped({
      locale: "en-GB",
      displayId: 7,
      items,
      trackings: [{ number: "X1", url: "javascript:alert(1)" }],
    })
    expect(mail.html).not.toContain("javascript:")
    expect(mail.text).toContain("Tracking number: X1")
  })

  it("delivered: confirms the delivery and says how long returns are open", () => {
    const mail = renderOrderDelivered({ locale: "en-GB", displayId: 8, items })
    expect(mail.subject).toBe("Your LACREMELUXE order #8 has been delivered")
    expect(mail.text).toContain("within 14 days of receipt")
  })

  it("canceled: names the order and its total in its currency", () => {
    const mail = renderOrderCanceled({ locale: "en-GB", displayId: 9, currencyCode: "usd", total: 45.5 })
    expect(mail.subject).toBe("Your LACREMELUXE order #9 has been canceled")
    expect(mail.text).toContain("Your order #9 of US$45.50 has been canceled")
  })

  it("refund issued: states the amount formatted in the order's currency", () => {
    const euro = renderRefundIssued({ locale: "en-GB", displayId: 10, currencyCode: "eur", amount: 12.5 })
    expect(euro.subject).toBe("Refund of €12.50 for your LACREMELUXE order #10")
    expect(euro.text).toContain("Refund for order #10 — €12.50")
    expect(renderRefundIssued({ locale: "en-GB", displayId: 10, currencyCode: "usd", amount: 1234 }).text).toContain(
      "US$1,234.00"
    )
  })

  it("each e-mail speaks the order's language, amounts written as that language writes them", () => {
    const german = renderRefundIssued({ locale: "de-DE", displayId: 10, currencyCode: "eur", amount: 12.5 })
    expect(german.subject).toBe("Erstattung von 12,50\u00a0€ für Ihre LACREMELUXE-Bestellung #10")
    expect(renderOrderShipped({ locale: "de-DE", displayId: 7, items, trackings: [] }).text).toContain(
      "Wir haben Ihr Paket dem Versanddienst übergeben."
    )
    const french = renderOrderCanceled({ locale: "fr-FR", displayId: 9, currencyCode: "eur", total: 45.5 })
    expect(french.text).toContain("Votre commande n° 9 d'un montant de 45,50\u00a0€ a été annulée")
    expect(renderReturnReceived({ locale: "fr-FR", displayId: 9, returnNumber: 2, items }).subject).toBe(
      "Nous avons reçu votre retour pour la commande LACREMELUXE n° 9"
    )
  })

  it("return requested: lists what to send back and the warehouse's address", () => {
    const mail = renderReturnRequested({
      locale: "en-GB",
      displayId: 11,
      returnNumber: 3,
      items,
      address: ["LACREMELUXE Warehouse", "Lagerstraße 1", "04109 Leipzig", "DE"],
    })
    expect(mail.subject).toBe("Your return for LACREMELUXE order #11")
    expect(mail.text).toMatch(/Please send these items back:\n\n1 × Double Cleanse Set \(Set\)\n2 × Pore <Clarity> Oil/)
    expect(mail.text).toContain("Send them to\n------------\nLACREMELUXE Warehouse\nLagerstraße 1\n04109 Leipzig\nDE")
    expect(mail.html).toContain("LACREMELUXE Warehouse<br>Lagerstraße 1")
  })

  it("return received: confirms the items arrived", () => {
    const mail = renderReturnReceived({ locale: "en-GB", displayId: 12, returnNumber: 4, items })
    expect(mail.subject).toBe("We have received your return for LACREMELUXE order #12")
    expect(mail.text).toContain("Return #4 has arrived")
    expect(mail.html).toContain("<!doctype html>")
  })
})
