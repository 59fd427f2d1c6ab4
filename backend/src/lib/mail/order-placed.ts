import type { Locale } from "@lacremeluxe/shared"
import { heading, layout, lines, money, table } from "./html"
import { MAIL_WORDS } from "./words"
/**
 * The order-placed e-mail, as text and HTML. Pure: unit-tested. Every value that comes from the
 * order is escaped in the HTML.
 */

export type OrderMail = {
  /** The order's language (its cart's locale). */
  locale: Locale
  displayId: number
  email: string
  currencyCode: string
  items: { title: string; variantTitle: string | null; quantity: number; total: number }[]
  subtotal: number
  shipping: number
  discount: number
  tax: number
  total: number
  address: string[]
}

/** "2 × Double Cleanse Set (Set)". */
export const itemLabel = (item: { title: string; variantTitle: string | null; quantity: number }) =>
  `${item.quantity} × ${item.title}${item.variantTitle ? ` (${item.variantTitle})` : ""}`

export function renderOrderPlaced(order: OrderMail) {
  const words = MAIL_WORDS[order.locale].placed
  const m = (amount: number) => money(amount, order.currencyCode, order.locale)
  return layout({
    locale: order.locale,
    subject: words.subject(order.displayId),
    title: words.title(order.displayId),
    blocks: [
      table(order.items.map((item) => ({ label: itemLabel(item), value: m(item.total) }))),
      table([
        { label: words.subtotal, value: m(order.subtotal) },
        ...(order.discount ? [{ label: words.discount, value: `−${m(order.discount)}` }] : []),
        { label: words.shipping, value: m(order.shipping) },
        { label: order.currencyCode === "eur" ? words.includedVat : words.salesTax, value: m(order.tax) },
        { label: words.total, value: m(order.total), strong: true },
      ]),
      heading(words.shippingTo),
      lines(order.address),
    ],
  })
}
