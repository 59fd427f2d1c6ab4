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
    const mail = renderOrderShipped({ displayId: 7, items, trackings: [{ number: "X1", url: "javascript:alert(1)" }] })
    expect(mail.html).not.toContain("javascript:")
    expect(mail.text).toContain("Tracking number: X1")
  })

  it("delivered: confirms the delivery and says how long returns are open", () => {
    const mail = renderOrderDelivered({ displayId: 8, items })
    expect(mail.subject).toBe("Your LACREMELUXE order #8 has been delivered")
    expect(mail.text).toContain("within 14 days of receipt")
  })

  it("canceled: names the order and its total in its currency", () => {
    const mail = renderOrderCanceled({ displayId: 9, currencyCode: "usd", total: 45.5 })
    expect(mail.subject).toBe("Your LACREMELUXE order #9 has been canceled")
    expect(mail.text).toContain("Your order #9 of US$45.50 has been canceled")
  })

  it("refund issued: states the amount formatted in the order's currency", () => {
    const euro = renderRefundIssued({ displayId: 10, currencyCode: "eur", amount: 12.5 })
    expect(euro.subject).toBe("Refund of €12.50 for your LACREMELUXE order #10")
    expect(euro.text).toContain("Refund for order #10 — €12.50")
    expect(renderRefundIssued({ displayId: 10, currencyCode: "usd", amount: 1234 }).text).toContain("US$1,234.00")
  })

  it("return requested: lists what to send back and the warehouse's address", () => {
    const mail = renderReturnRequested({
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
    const mail = renderReturnReceived({ displayId: 12, returnNumber: 4, items })
    expect(mail.subject).toBe("We have received your return for LACREMELUXE order #12")
    expect(mail.text).toContain("Return #4 has arrived")
    expect(mail.html).toContain("<!doctype html>")
  })
})
