import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { CACHE_TAGS, productTag } from "@lacremeluxe/shared"

type Query = Omit<RemoteQueryFunction, symbol>

/**
 * What shows a product's reviews: its page, the pages of the step sets built on it (their
 * average is their components'), and the product cards of the listings and the guide.
 */
export async function tagsForReviewedProducts(query: Query, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.inventory_items.inventory.variants.product.handle"],
    filters: { id: productIds },
  })
  const handles = (
    data as unknown as {
      handle: string
      variants?: { inventory_items?: { inventory?: { variants?: { product?: { handle: string } | null }[] } }[] }[]
    }[]
  ).flatMap((product) => [
    product.handle,
    ...(product.variants ?? []).flatMap((variant) =>
      (variant.inventory_items ?? []).flatMap((item) =>
        (item.inventory?.variants ?? []).flatMap((v) => (v.product?.handle ? [v.product.handle] : []))
      )
    ),
  ])
  return [...[...new Set(handles)].map(productTag), CACHE_TAGS.listings, CACHE_TAGS.guide]
}
