import { button, heading, layout, lines, money, paragraph, table } from "./html"
import { itemLabel } from "./order-placed"
import type { Locale } from "@lacremeluxe/shared"
import { MAIL_WORDS } from "./words"

/**
 * The e-mails that follow an order: shipped, delivered, canceled, refund issued, return requested,
 * return received. Pure: unit-tested. Each takes what the shopper needs to read, already shaped.
 */

export type MailItem = { title: string; variantTitle: string | null; quantity: number }
/** Every e-mail speaks its order's language (its cart's locale). */
type InLocale = { locale: Locale }
export type Tracking = { number: string; url: string | null }

const items = (list: MailItem[]) => table(list.map((item) => ({ label: itemLabel(item) })))

/** Only http(s) links become buttons: a tracking "link" of another scheme is shown as text. */
const isWebLink = (url: string | null): url is string => {
  try {
    return Boolean(url) && /^https?:$/.test(new URL(url!).protocol)
  } catch {
    return false
  }
}

export function renderOrderShipped(mail: InLocale & { displayId: number; items: MailItem[]; trackings: Tracking[] }) {
  const words = MAIL_WORDS[mail.locale].shipped
  return layout({
    locale: mail.locale,
    subject: words.subject(mail.displayId),
    title: words.title(mail.displayId),
    blocks: [
      paragraph(words.intro),
      items(mail.items),
      ...mail.trackings.flatMap((tracking) => [
        paragraph(words.trackingNumber(tracking.number)),
        ...(isWebLink(tracking.url) ? [button(words.track, tracking.url)] : []),
      ]),
    ],
  })
}

export function renderOrderDelivered(mail: InLocale & { displayId: number; items: MailItem[] }) {
  const words = MAIL_WORDS[mail.locale].delivered
  return layout({
    locale: mail.locale,
    subject: words.subject(mail.displayId),
    title: words.title(mail.displayId),
    blocks: [paragraph(words.intro), items(mail.items), paragraph(words.returns)],
  })
}

export function renderOrderCanceled(mail: InLocale & { displayId: number; currencyCode: string; total: number }) {
  const words = MAIL_WORDS[mail.locale].canceled
  return layout({
    locale: mail.locale,
    subject: words.subject(mail.displayId),
    title: words.title(mail.displayId),
    blocks: [
      paragraph(words.intro(mail.displayId, money(mail.total, mail.currencyCode, mail.locale))),
      paragraph(words.payment),
    ],
  })
}

export function renderRefundIssued(mail: InLocale & { displayId: number; currencyCode: string; amount: number }) {
  const words = MAIL_WORDS[mail.locale].refund
  const amount = money(mail.amount, mail.currencyCode, mail.locale)
  return layout({
    locale: mail.locale,
    subject: words.subject(amount, mail.displayId),
    title: words.title(amount),
    blocks: [table([{ label: words.row(mail.displayId), value: amount, strong: true }]), paragraph(words.bank)],
  })
}

export function renderReturnRequested(
  mail: InLocale & { displayId: number; returnNumber: number; items: MailItem[]; address: string[] }
) {
  const words = MAIL_WORDS[mail.locale].returnRequested
  return layout({
    locale: mail.locale,
    subject: words.subject(mail.displayId),
    title: words.title(mail.returnNumber, mail.displayId),
    blocks: [
      paragraph(words.intro),
      items(mail.items),
      heading(words.sendTo),
      lines(mail.address),
      paragraph(words.note(mail.displayId)),
    ],
  })
}

export function renderReturnReceived(mail: InLocale & { displayId: number; returnNumber: number; items: MailItem[] }) {
  const words = MAIL_WORDS[mail.locale].returnReceived
  return layout({
    locale: mail.locale,
    subject: words.subject(mail.displayId),
    title: words.title(mail.returnNumber),
    blocks: [paragraph(words.intro), items(mail.items), paragraph(words.refundFollows)],
  })
}
