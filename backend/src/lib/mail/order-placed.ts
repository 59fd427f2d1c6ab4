import { heading, layout, lines, money, table } from "./html"
/**
 * The order-placed e-mail, as text and HTML. Pure: unit-tested. Every value that comes from the
 * order is escaped in the HTML.
 */

export type OrderMail = {
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
  const m = (amount: number) => money(amount, order.currencyCode)
  return layout({
    subject: `Your LACREMELUXE order #${order.displayId}`,
    title: `Thank you for your order #${order.displayId}`,
    blocks: [
      table(order.items.map((item) => ({ label: itemLabel(item), value: m(item.total) }))),
      table([
        { label: "Subtotal", value: m(order.subtotal) },
        ...(order.discount ? [{ label: "Discount", value: `−${m(order.discount)}` }] : []),
        { label: "Shipping", value: m(order.shipping) },
        { label: order.currencyCode === "eur" ? "Included VAT" : "Sales tax", value: m(order.tax) },
        { label: "Total", value: m(order.total), strong: true },
      ]),
      heading("Shipping to"),
      lines(order.address),
    ],
  })
}
