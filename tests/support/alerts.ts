/** Helpers for back-in-stock alerts and refill reminders: variants by SKU, the e-mails' links. */
import pg from "pg"
import { admin, adminToken } from "./api"
import type { ReceivedMail } from "./mail"
import { stack } from "./stack"

/**
 * A variant by its SKU, as Medusa Admin lists it: id, product handle, and the name alerts give it
 * ("Product · size" for a product in several sizes, else the product's name).
 */
export async function variantBySku(sku: string): Promise<{ id: string; handle: string; title: string }> {
  const token = await adminToken()
  const { body } = await admin(`/admin/product-variants?sku=${encodeURIComponent(sku)}&fields=id,title,product_id`, {
    token,
  })
  const variant = body.variants?.[0]
  if (!variant) throw new Error(`no variant with SKU ${sku}`)
  const { body: found } = await admin(`/admin/products/${variant.product_id}?fields=handle,title,variants.id`, {
    token,
  })
  const product = found.product
  return {
    id: variant.id,
    handle: product.handle,
    title: product.variants.length > 1 ? `${product.title} · ${variant.title}` : product.title,
  }
}

/** The address of a button in an e-mail's HTML, by its label (as written: "Confirmer l'alerte"). */
export function linkIn(mail: ReceivedMail, label: string): URL {
  const html = label.replace(/&/g, "&amp;").replace(/'/g, "&#39;")
  const found = new RegExp(`href="([^"]+)"[^>]*>${html}<`).exec(mail.html)?.[1]
  if (!found) throw new Error(`no "${label}" link in "${mail.subject}"`)
  return new URL(found.replace(/&amp;/g, "&"))
}

/** The signed token a link of ours carries. */
export const tokenOf = (url: URL) => url.searchParams.get("token") ?? ""

/** A query on the store's database (to check what a deletion left behind). */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: stack.databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}
