/**
 * The store's e-mail design, shared by every e-mail: one layout (HTML and text), the brand's
 * colours (those of the storefront's globals.css), money and dates in the e-mail's language. Pure.
 */
import { DEFAULT_LOCALE, type Locale } from "@lacremeluxe/shared"
import { MAIL_WORDS } from "./words"

/** Escapes a value for an e-mail's HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

const INK = "#1f1b24"
const MUTED = "#5b5562"
const CREAM = "#faf7f2"
const ACCENT = "#7a3e4f"

/**
 * An amount in major units (19.99), in the order's currency, written the way the e-mail's language
 * writes it: €27.90 in English (as in Ireland, where the euro is English-speaking), 27,90 € in
 * German and French.
 */
export function money(amount: number, currency: string, locale: Locale = DEFAULT_LOCALE) {
  const format = locale === DEFAULT_LOCALE ? "en-IE" : locale
  return new Intl.NumberFormat(format, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** A date as the e-mail's language writes it, in UTC: 9 January 2027, 9. Januar 2027, 9 janvier 2027. */
export const mailDate = (date: Date, locale: Locale = DEFAULT_LOCALE) =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date)

/** A block of an e-mail, as HTML (values already escaped) and as text lines. */
export type Block = { html: string; text: string[] }

export const paragraph = (text: string): Block => ({
  html: `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`,
  text: [text, ""],
})

export const heading = (text: string): Block => ({
  html: `<h2 style="font-size:18px;margin:24px 0 8px;color:${INK}">${escapeHtml(text)}</h2>`,
  text: [text, "-".repeat(text.length)],
})

/** Lines one under another (an address). */
export const lines = (values: string[]): Block => ({
  html: `<p style="margin:0 0 16px">${values.map(escapeHtml).join("<br>")}</p>`,
  text: [...values, ""],
})

/** A link the reader follows: a button in HTML, the bare address in text. */
export const button = (label: string, href: string): Block => ({
  html: `<p style="margin:0 0 16px"><a href="${escapeHtml(href)}" style="display:inline-block;background:${ACCENT};color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">${escapeHtml(label)}</a></p>`,
  text: [`${label}: ${href}`, ""],
})

/** Label/value rows (items with prices, totals); `strong` rows are set bold. */
export function table(rows: { label: string; value?: string; strong?: boolean }[]): Block {
  return {
    html: `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px">${rows
      .map(
        (row) =>
          `<tr><td style="padding:4px 0;${row.strong ? "font-weight:bold" : ""}">${escapeHtml(row.label)}</td><td style="padding:4px 0;text-align:right;${row.strong ? "font-weight:bold" : ""}">${escapeHtml(row.value ?? "")}</td></tr>`
      )
      .join("")}</table>`,
    text: [...rows.map((row) => (row.value ? `${row.label} — ${row.value}` : row.label)), ""],
  }
}

export type Mail = { subject: string; text: string; html: string }

/** The whole e-mail around its blocks: brand header, title, blocks, signature. */
export function layout({
  subject,
  title,
  blocks,
  locale = DEFAULT_LOCALE,
}: {
  subject: string
  title: string
  blocks: Block[]
  locale?: Locale
}): Mail {
  const signature = MAIL_WORDS[locale].signature
  const text = [title, "", ...blocks.flatMap((block) => block.text), signature].join("\n")
  const html = `<!doctype html><html lang="${locale.slice(0, 2)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:${CREAM};font-family:Georgia,'Times New Roman',serif;color:${INK};line-height:1.5">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p style="letter-spacing:0.2em;font-size:13px;color:${ACCENT};margin:0 0 24px">LACREMELUXE</p>
<h1 style="font-size:24px;font-weight:normal;margin:0 0 16px">${escapeHtml(title)}</h1>
${blocks.map((block) => block.html).join("\n")}
<p style="margin:32px 0 0;font-size:13px;color:${MUTED}">${escapeHtml(signature)}</p>
</div></body></html>`
  return { subject, text, html }
}
