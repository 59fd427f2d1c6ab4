/**
 * The totals a shopper reads, from Medusa's cart or order totals. European prices include VAT,
 * so the subtotal is shown with VAT and the VAT is "included"; US prices exclude sales tax, so
 * the subtotal is net and the tax is added. Pure: unit-tested.
 */
export type MedusaTotals = {
  currency_code: string
  original_item_total?: number | null
  original_item_subtotal?: number | null
  discount_total?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  total?: number | null
}

export type DisplayTotals = {
  subtotal: number
  discount: number
  shipping: number
  tax: number
  taxIncluded: boolean
  total: number
}

export function displayTotals(totals: MedusaTotals): DisplayTotals {
  const taxIncluded = totals.currency_code.toLowerCase() === "eur"
  return {
    subtotal: (taxIncluded ? totals.original_item_total : totals.original_item_subtotal) ?? 0,
    discount: totals.discount_total ?? 0,
    shipping: totals.shipping_total ?? 0,
    tax: totals.tax_total ?? 0,
    taxIncluded,
    total: totals.total ?? 0,
  }
}

/** One line of an order summary (checkout, confirmation, account), from a cart or order item. */
export type SummaryLine = { id: string; title: string; variantTitle: string | null; quantity: number; total: number }

type MedusaItem = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  total?: number | null
}

export function summaryLines(items: MedusaItem[] | null | undefined): SummaryLine[] {
  return (items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title ?? null,
    quantity: item.quantity,
    total: item.total ?? 0,
  }))
}
