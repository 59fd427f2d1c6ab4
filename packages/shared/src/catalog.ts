import type { ProductCard } from "./product-card.js"

/** How the shop's listing can be sorted (`GET /store/catalog?sort=`). */
export const CATALOG_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const

export type CatalogSort = (typeof CATALOG_SORTS)[number]

/** A product in the shop's listing: its card and what the filters and sorting read. */
export type CatalogCard = ProductCard & {
  in_stock: boolean
  created_at: string
  is_bundle: boolean
  step: string | null
  product_type: string | null
  key_ingredients: string[]
  skin_types: string[]
  concerns: string[]
  pregnancy_safe: boolean | null
  fragrance_free: boolean | null
}

/** How many matching products have each value, per filter. */
export type CatalogFacets = {
  step: Record<string, number>
  skin_type: Record<string, number>
  concern: Record<string, number>
  ingredient: Record<string, number>
}

/** The answer of `GET /store/catalog`. */
export type CatalogListing = {
  products: CatalogCard[]
  count: number
  offset: number
  limit: number
  facets: CatalogFacets
  steps: { handle: string; name: string }[]
  /** Only when nothing matches: the same search without filters, or the steps that fit. */
  suggestions?: { without_filters: number; steps: { handle: string; name: string }[] }
}
