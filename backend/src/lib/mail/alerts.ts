import { storeCountryOr, storePath } from "@lacremeluxe/shared"
import { button, layout, paragraph, table } from "./html"

/**
 * The e-mails shoppers asked for beyond their orders: confirming a back-in-stock alert (double
 * opt-in), "it is back", and the refill reminder. Each carries its unsubscribe link, which works
 * without logging in. Pure: unit-tested.
 */

/**
 * Where the storefront answers the links of these e-mails: the English pages of the shopper's
 * country (`/de/en/…`), as these e-mails are written in English.
 */
export function alertLinks(storefrontUrl: string, country: string) {
  const store = storePath({ country: storeCountryOr(country), language: "en" })
  const base = `${storefrontUrl.replace(/\/$/, "")}/${store}`
  const withToken = (path: string, token: string) => `${base}/${path}?${new URLSearchParams({ token })}`
  return {
    product: (handle: string) => `${base}/products/${encodeURIComponent(handle)}`,
    confirm: (token: string) => withToken("alerts/confirm", token),
    unsubscribe: (token: string) => withToken("alerts/unsubscribe", token),
    refillCart: (token: string) => withToken("refill", token),
  }
}

const unsubscribeBlock = (what: string, all: string, url: string) => [
  paragraph(`You get this e-mail because you asked for ${what}. Unsubscribing stops all ${all} for this address.`),
  button("Unsubscribe", url),
]

export type AlertConfirmationMail = { productTitle: string; confirmUrl: string; unsubscribeUrl: string }

export function renderAlertConfirmation(mail: AlertConfirmationMail) {
  return layout({
    subject: `Confirm your alert: ${mail.productTitle}`,
    title: "Confirm your back-in-stock alert",
    blocks: [
      paragraph(`Someone — we hope you — asked us to e-mail this address once ${mail.productTitle} is back in stock.`),
      paragraph("Confirm within 7 days and we will send you one e-mail when it is back. Nothing else."),
      button("Confirm the alert", mail.confirmUrl),
      paragraph("If it was not you, ignore this e-mail: without confirmation you hear nothing more from us."),
      ...unsubscribeBlock("a back-in-stock alert", "back-in-stock alerts", mail.unsubscribeUrl),
    ],
  })
}

export type BackInStockMail = { productTitle: string; productUrl: string; unsubscribeUrl: string }

export function renderBackInStock(mail: BackInStockMail) {
  return layout({
    subject: `Back in stock: ${mail.productTitle}`,
    title: `${mail.productTitle} is back`,
    blocks: [
      paragraph(`${mail.productTitle} can be ordered again. Stock is limited, so do not wait too long.`),
      button("See the product", mail.productUrl),
      paragraph("This was the one e-mail you asked for: your alert has now ended."),
      ...unsubscribeBlock("a back-in-stock alert", "back-in-stock alerts", mail.unsubscribeUrl),
    ],
  })
}

export type RefillReminderMail = {
  lines: { title: string; quantity: number; runsOut: string }[]
  cartUrl: string
  unsubscribeUrl: string
}

export function renderRefillReminder(mail: RefillReminderMail) {
  return layout({
    subject: "Time to refill your skincare",
    title: "Running low soon",
    blocks: [
      paragraph(
        "By our estimate (the size, the amount per use and how often your routine uses it), these run out soon:"
      ),
      table(mail.lines.map((line) => ({ label: `${line.quantity} × ${line.title}`, value: `about ${line.runsOut}` }))),
      paragraph("One click puts the same items in your cart; nothing is ordered until you check out."),
      button("Refill my cart", mail.cartUrl),
      ...unsubscribeBlock("a refill reminder", "refill reminders", mail.unsubscribeUrl),
    ],
  })
}

/** A run-out date as the e-mail writes it (UTC, English). */
export const mailDate = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date)
