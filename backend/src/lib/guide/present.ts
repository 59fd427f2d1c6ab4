/**
 * Pure shaping of a guide for the storefront: sections in order; for each step its products and
 * its bundle with the bundle price and the saving against buying the parts. Unit-tested.
 */
import type { GuideBundle, GuideProduct, GuideSection, RatingSummary } from "@lacremeluxe/shared"

export type PricedVariant = {
  id: string
  title: string | null
  sku: string | null
  price: number | null
  available: number
}

export type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  is_bundle: boolean
  /** The rank of the product's step, so a set lists its parts in routine order. */
  step_rank: number
  variants: PricedVariant[]
  /** Approved reviews in figures (a set: its products'), where the reader asked for them. */
  rating?: RatingSummary | null
}

/** A guide section as read from the database: the section without its products, and its set's id. */
export type SectionRow = Omit<GuideSection, "products" | "bundle"> & { bundle_id: string | null }

export type BundleComponentRow = { sku: string; quantity: number }

const round = (amount: number) => Math.round(amount * 100) / 100

export function presentProduct(product: ProductRow): GuideProduct {
  const prices = product.variants.map((v) => v.price).filter((p): p is number => p !== null)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle,
    thumbnail: product.thumbnail,
    price: prices.length ? Math.min(...prices) : null,
    in_stock: product.variants.some((v) => v.available > 0),
    ...(product.rating === undefined ? {} : { rating: product.rating }),
  }
}

/** A bundle is offered only when it and all its parts have a price in the visitor's currency. */
export function presentBundle(
  bundle: ProductRow,
  components: BundleComponentRow[],
  productBySku: Map<string, { product: ProductRow; variant: PricedVariant }>
): GuideBundle | null {
  const variant = bundle.variants[0]
  if (!variant || variant.price === null) {
    return null
  }
  const parts = components.map((component) => ({ component, match: productBySku.get(component.sku) }))
  if (parts.some((part) => !part.match || part.match.variant.price === null)) {
    return null
  }
  const ordered = [...parts].sort(
    (a, b) =>
      a.match!.product.step_rank - b.match!.product.step_rank ||
      a.match!.product.title.localeCompare(b.match!.product.title)
  )
  const lines = ordered.map(({ component, match }) => ({
    product_id: match!.product.id,
    handle: match!.product.handle,
    title: match!.product.title,
    thumbnail: match!.product.thumbnail,
    variant_id: match!.variant.id,
    variant_title: match!.variant.title,
    quantity: component.quantity,
    unit_price: match!.variant.price!,
  }))
  const componentsTotal = round(lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0))
  return {
    id: bundle.id,
    handle: bundle.handle,
    title: bundle.title,
    subtitle: bundle.subtitle,
    thumbnail: bundle.thumbnail,
    variant_id: variant.id,
    price: variant.price,
    components_total: componentsTotal,
    saving: round(componentsTotal - variant.price),
    in_stock: variant.available > 0,
    components: lines,
  }
}

export function presentSections(
  sections: SectionRow[],
  productsByCategory: Map<string, ProductRow[]>,
  bundles: Map<string, GuideBundle | null>
): GuideSection[] {
  return [...sections]
    .sort((a, b) => a.position - b.position)
    .map(({ bundle_id, ...section }) => ({
      ...section,
      products: section.category
        ? (productsByCategory.get(section.category.id) ?? [])
            .filter((product) => !product.is_bundle)
            .map(presentProduct)
        : [],
      bundle: bundle_id ? (bundles.get(bundle_id) ?? null) : null,
    }))
}
