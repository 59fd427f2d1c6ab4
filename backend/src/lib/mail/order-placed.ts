import { escapeHtml } from "./html"
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


function money(amount: number, currency: string) {
  return new Intl.NumberFormat("en-IE", { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

export function renderOrderPlaced(order: OrderMail) {
  const m = (amount: number) => money(amount, order.currencyCode)
  const subject = `Your LACREMELUXE order #${order.displayId}`
  const lines = order.items.map(
    (item) => `${item.quantity} × ${item.title}${item.variantTitle ? ` (${item.variantTitle})` : ""} — ${m(item.total)}`
  )
  const totals: [string, string][] = [
    ["Subtotal", m(order.subtotal)],
    ...(order.discount ? [["Discount", `−${m(order.discount)}`] as [string, string]] : []),
    ["Shipping", m(order.shipping)],
    [order.currencyCode === "eur" ? "Included VAT" : "Sales tax", m(order.tax)],
    ["Total", m(order.total)],
  ]
  const text = [
    `Thank you for your order #${order.displayId}.`,
    "",
    ...lines,
    "",
    ...totals.map(([label, value]) => `${label}: ${value}`),
    "",
    "Shipping to:",
    ...order.address,
    "",
    "LACREMELUXE — pore care, step by step",
  ].join("\n")
  const html = `<!doctype html><html lang="en"><body style="font-family:Georgia,serif;color:#1f1b24">
<h1>Thank you for your order #${order.displayId}</h1>
<table>${order.items
    .map(
      (item) =>
        `<tr><td>${item.quantity} × ${escapeHtml(item.title)}${item.variantTitle ? ` (${escapeHtml(item.variantTitle)})` : ""}</td><td style="text-align:right">${escapeHtml(m(item.total))}</td></tr>`
    )
    .join("")}</table>
<table>${totals.map(([label, value]) => `<tr><td>${escapeHtml(label)}</td><td style="text-align:right">${escapeHtml(value)}</td></tr>`).join("")}</table>
<h2>Shipping to</h2><p>${order.address.map(escapeHtml).join("<br>")}</p>
<p>LACREMELUXE — pore care, step by step</p></body></html>`
  return { subject, text, html }
}
