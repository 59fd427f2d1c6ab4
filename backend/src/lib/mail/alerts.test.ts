import { describe, expect, it } from "vitest"
import { alertLinks, renderAlertConfirmation, renderBackInStock, renderRefillReminder } from "./alerts"

const links = alertLinks("https://shop.example/", "fr")

describe("alert and reminder e-mails", () => {
  it("link to the shopper's country pages with the token as a query value", () => {
    expect(links.product("cleanse-set")).toBe("https://shop.example/fr/en/products/cleanse-set")
    expect(links.confirm("a.b")).toBe("https://shop.example/fr/en/alerts/confirm?token=a.b")
    expect(alertLinks("https://shop.example", "<x>").refillCart("t")).toBe("https://shop.example/de/en/refill?token=t")
  })

  it("every one carries its unsubscribe link; titles are escaped in HTML", () => {
    const mails = [
      renderAlertConfirmation({
        productTitle: "Set <b>",
        confirmUrl: "https://c",
        unsubscribeUrl: "https://u?a=1&b=2",
      }),
      renderBackInStock({ productTitle: "Set <b>", productUrl: "https://p", unsubscribeUrl: "https://u?a=1&b=2" }),
      renderRefillReminder({
        lines: [{ title: "Oil <b>", quantity: 2, runsOut: "9 January 2027" }],
        cartUrl: "https://r",
        unsubscribeUrl: "https://u?a=1&b=2",
      }),
    ]
    for (const mail of mails) {
      expect(mail.html).toContain('href="https://u?a=1&amp;b=2"')
      expect(mail.text).toContain("Unsubscribe: https://u?a=1&b=2")
      expect(mail.html).not.toContain("<b>")
    }
    expect(mails[2].text).toContain("2 × Oil <b> — about 9 January 2027")
  })
})
