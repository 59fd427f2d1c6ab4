/** What Medusa calls a variant created without options; it says nothing about the size. */
const DEFAULT_VARIANT_TITLE = "Default variant"

/** "Pore Clarity Cleansing Oil · 150 ml": the product's name and the variant's size. */
export function inventoryItemTitle(productTitle: string, variantTitle: string | null | undefined): string {
  const product = productTitle.trim()
  const size = (variantTitle ?? "").trim()
  if (!size || size === DEFAULT_VARIANT_TITLE || size === product) {
    return product
  }
  return `${product} · ${size}`
}

export type VariantWithItems = {
  title: string | null
  product_title: string
  items: { id: string; title: string | null; required_quantity: number }[]
}

/**
 * The inventory items to rename: those still titled as Medusa names them on creation (the
 * variant's bare title, or nothing). A title staff chose is left alone. Only a variant's own item
 * (one item, one unit) is named after it: a set's kit variant links its components' items.
 */
export function planInventoryTitles(variants: VariantWithItems[]): { id: string; title: string }[] {
  const renames = new Map<string, string>()
  for (const variant of variants) {
    const bare = (variant.title ?? "").trim()
    if (variant.items.length !== 1 || variant.items[0].required_quantity !== 1) {
      continue
    }
    for (const item of variant.items) {
      const current = (item.title ?? "").trim()
      if (renames.has(item.id) || (current !== "" && current !== bare)) {
        continue
      }
      const title = inventoryItemTitle(variant.product_title, variant.title)
      if (title !== current) {
        renames.set(item.id, title)
      }
    }
  }
  return [...renames].map(([id, title]) => ({ id, title }))
}
