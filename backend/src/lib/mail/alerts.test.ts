import { describe, expect, it } from "vitest"
import { alertLinks, renderAlertConfirmation, renderBackInStock, renderRefillReminder } from "./alerts"
import { mailDate } from "./html"

const english = alertLinks("https://shop.example/", "fr", "en-GB")

describe("alert and reminder e-mails", () => {
  it("link to the shopper's country pages in the e-mail's language, with the token as a query value", () => {
    expect(english.product("cleanse-set")).toBe("https://shop.example/fr/en/products/cleanse-set")
    expect(english.confirm("a.b")).toBe("https://shop.example/fr/en/alerts/confirm?token=a.b")
    expect(alertLinks("https://shop.example", "<x>", "en-GB").refillCart("t")).toBe(
      "https://shop.example/de/en/refill?token=t"
    )
    // The country's own language has the bare country path; another gets its language segment.
    expect(alertLinks("https://shop.example", "fr", "fr-FR").confirm("t")).toBe(
      "https://shop.example/fr/alerts/confirm?token=t"
    )
    expect(alertLinks("https://shop.example", "de", "de-DE").unsubscribe("t")).toBe(
      "https://shop.example/de/alerts/unsubscribe?token=t"
    )
    expect(alertLinks("https://shop.example", "at", "fr-FR").refillCart("t")).toBe(
      "https://shop.example/at/fr/refill?token=t"
    )
    expect(alertLinks("https://shop.example", "us", "en-GB").product("x")).toBe("https://shop.example/us/products/x")
  })

  it("every one carries its unsubscribe link; titles are escaped in HTML", () => {
    const mails = [
      renderAlertConfirmation({
        locale: "en-GB",
        productTitle: "Set <b>",
        confirmUrl: "https://c",
        unsubscribeUrl: "https://u?a=1&b=2",
      }),
      renderBackInStock({
        locale: "en-GB",
        productTitle: "Set <b>",
        productUrl: "https://p",
        unsubscribeUrl: "https://u?a=1&b=2",
      }),
      renderRefillReminder({
        locale: "en-GB",
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
    expect(mails[0].subject).toBe("Confirm your alert: Set <b>")
    expect(mails[0].text).toContain("Confirm within 7 days")
    expect(mails[2].text).toContain("2 × Oil <b> — about 9 January 2027")
  })

  it("speak German and French, dates written the way the language writes them", () => {
    const runsOut = new Date("2027-01-09T10:00:00Z")
    expect(mailDate(runsOut)).toBe("9 January 2027")
    expect(mailDate(runsOut, "de-DE")).toBe("9. Januar 2027")
    expect(mailDate(runsOut, "fr-FR")).toBe("9 janvier 2027")

    const confirmation = renderAlertConfirmation({
      locale: "de-DE",
      productTitle: "Pore Refine Peeling-Set",
      confirmUrl: "https://c",
      unsubscribeUrl: "https://u",
    })
    expect(confirmation.subject).toBe("Bestätigen Sie Ihre Benachrichtigung: Pore Refine Peeling-Set")
    expect(confirmation.text).toContain("Bestätigen Sie innerhalb von 7 Tagen")
    expect(confirmation.text).toContain("Benachrichtigung bestätigen: https://c")
    expect(confirmation.text).toContain("Abmelden: https://u")
    expect(confirmation.html).toContain('<html lang="de">')

    const back = renderBackInStock({
      locale: "fr-FR",
      productTitle: "Pore Clarity Huile nettoyante",
      productUrl: "https://p",
      unsubscribeUrl: "https://u",
    })
    expect(back.subject).toBe("De retour en stock : Pore Clarity Huile nettoyante")
    expect(back.text).toContain("Voir le produit: https://p")
    expect(back.text).toContain("Se désinscrire: https://u")

    const reminder = renderRefillReminder({
      locale: "fr-FR",
      lines: [{ title: "Pore Clarity Huile nettoyante · 150 ml", quantity: 1, runsOut: mailDate(runsOut, "fr-FR") }],
      cartUrl: "https://r",
      unsubscribeUrl: "https://u",
    })
    expect(reminder.subject).toBe("Il est temps de racheter vos soins")
    expect(reminder.text).toContain("1 × Pore Clarity Huile nettoyante · 150 ml — vers le 9 janvier 2027")
    expect(reminder.text).toContain("Remplir mon panier: https://r")
    expect(reminder.text).toContain("LACREMELUXE — le soin des pores, étape par étape")
  })
})
