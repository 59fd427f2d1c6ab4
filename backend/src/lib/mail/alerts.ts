import { languageOfLocale, type Locale, storeCountryOr, storePath } from "@lacremeluxe/shared"
import { CONFIRM_ALERT_DAYS } from "../alerts/signed-link"
import { button, layout, paragraph, table } from "./html"
import { MAIL_WORDS } from "./words"

/**
 * The e-mails shoppers asked for beyond their orders: confirming a back-in-stock alert (double
 * opt-in), "it is back", and the refill reminder. Each speaks the shopper's language (the alert's
 * locale, the reminder's order's) and carries its unsubscribe link, which works without logging
 * in. Pure: unit-tested.
 */

/**
 * Where the storefront answers the links of these e-mails: the pages of the shopper's country in
 * the e-mail's language — `/de/…` for German in Germany, `/de/en/…` for English there, `/us/…`.
 */
export function alertLinks(storefrontUrl: string, country: string, locale: Locale) {
  const store = storePath({ country: storeCountryOr(country), language: languageOfLocale(locale) })
  const base = `${storefrontUrl.replace(/\/$/, "")}/${store}`
  const withToken = (path: string, token: string) => `${base}/${path}?${new URLSearchParams({ token })}`
  return {
    product: (handle: string) => `${base}/products/${encodeURIComponent(handle)}`,
    confirm: (token: string) => withToken("alerts/confirm", token),
    unsubscribe: (token: string) => withToken("alerts/unsubscribe", token),
    refillCart: (token: string) => withToken("refill", token),
  }
}

type InLocale = { locale: Locale }

const unsubscribeBlock = (locale: Locale, reason: "alertReason" | "refillReminderReason", url: string) => [
  paragraph(MAIL_WORDS[locale].unsubscribe[reason]),
  button(MAIL_WORDS[locale].unsubscribe.button, url),
]

export type AlertConfirmationMail = InLocale & { productTitle: string; confirmUrl: string; unsubscribeUrl: string }

export function renderAlertConfirmation(mail: AlertConfirmationMail) {
  const words = MAIL_WORDS[mail.locale].alertConfirmation
  return layout({
    locale: mail.locale,
    subject: words.subject(mail.productTitle),
    title: words.title,
    blocks: [
      paragraph(words.asked(mail.productTitle)),
      paragraph(words.confirmWithin(CONFIRM_ALERT_DAYS)),
      button(words.confirm, mail.confirmUrl),
      paragraph(words.notYou),
      ...unsubscribeBlock(mail.locale, "alertReason", mail.unsubscribeUrl),
    ],
  })
}

export type BackInStockMail = InLocale & { productTitle: string; productUrl: string; unsubscribeUrl: string }

export function renderBackInStock(mail: BackInStockMail) {
  const words = MAIL_WORDS[mail.locale].backInStock
  return layout({
    locale: mail.locale,
    subject: words.subject(mail.productTitle),
    title: words.title(mail.productTitle),
    blocks: [
      paragraph(words.available(mail.productTitle)),
      button(words.see, mail.productUrl),
      paragraph(words.ended),
      ...unsubscribeBlock(mail.locale, "alertReason", mail.unsubscribeUrl),
    ],
  })
}

export type RefillReminderMail = InLocale & {
  /** `runsOut` as the e-mail's language writes a date (html.ts's `mailDate`). */
  lines: { title: string; quantity: number; runsOut: string }[]
  cartUrl: string
  unsubscribeUrl: string
}

export function renderRefillReminder(mail: RefillReminderMail) {
  const words = MAIL_WORDS[mail.locale].refillReminder
  return layout({
    locale: mail.locale,
    subject: words.subject,
    title: words.title,
    blocks: [
      paragraph(words.estimate),
      table(
        mail.lines.map((line) => ({ label: `${line.quantity} × ${line.title}`, value: words.runsOut(line.runsOut) }))
      ),
      paragraph(words.oneClick),
      button(words.refill, mail.cartUrl),
      ...unsubscribeBlock(mail.locale, "refillReminderReason", mail.unsubscribeUrl),
    ],
  })
}
