import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import type { Locale } from "@lacremeluxe/shared"
import { translationOf } from "../http/locale"

type Query = Omit<RemoteQueryFunction, symbol>

export type ShopperScope = {
  region: { id: string; currency_code: string }
  /** The publishable key's sales channel: products outside it do not exist for this shopper. */
  salesChannelId: string
  /** The language the shopper reads: Query translates the products' text into it, field by field. */
  locale: Locale
}

type Options = ShopperScope & {
  /** Fields beside the ones always read (id, variants.id, variants.calculated_price.calculated_amount). */
  fields: string[]
  /** Narrows the products further: a handle, or a list of ids. */
  filters?: { handle?: string; id?: string[] }
}

/** A variant row as the shopper readers ask for it: price for the region, size, kit components. */
export type PricedVariantRow = {
  id: string
  title: string | null
  sku: string | null
  variant_size?: { volume_ml: number } | null
  calculated_price?: { calculated_amount?: number | null } | null
  inventory_items?: { required_quantity: number; inventory?: { sku?: string | null } | null }[] | null
}

export type PricedProducts<T> = {
  products: T[]
  /** Units of a variant the sales channel can sell now (0 for an unknown variant). */
  available: (variantId: string) => number
}

/** The calculated price of a variant for the region, as Query's pricing context wants it. */
export function priceContext(region: ShopperScope["region"]) {
  return QueryContext({ region_id: region.id, currency_code: region.currency_code })
}

async function productIdsInChannel(query: Query, salesChannelId: string): Promise<Set<string>> {
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: salesChannelId },
  })
  return new Set(data.map((link: { product_id: string }) => link.product_id))
}

/**
 * The one read of products for shoppers, shared by the shop, product pages and the guide: published
 * products of the publishable key's sales channel only, priced for the region, with each variant's
 * stock for that channel. Query's cache is used where Medusa's caching module is on (stock is
 * read apart, uncached).
 */
export async function queryPricedProducts<T extends { id: string; variants?: ({ id: string } | null)[] | null }>(
  query: Query,
  { region, salesChannelId, locale, fields, filters = {} }: Options
): Promise<PricedProducts<T>> {
  const inChannel = await productIdsInChannel(query, salesChannelId)
  const ids = filters.id ? filters.id.filter((id) => inChannel.has(id)) : [...inChannel]
  if (!ids.length) {
    return { products: [], available: () => 0 }
  }
  const { data } = await query.graph(
    {
      entity: "product",
      fields: [...new Set(["id", "variants.id", "variants.calculated_price.calculated_amount", ...fields])],
      filters: { ...(filters.handle ? { handle: filters.handle } : {}), id: ids, status: "published" },
      context: { variants: { calculated_price: priceContext(region) } },
    },
    { cache: { enable: true }, locale: translationOf(locale) }
  )
  const products = data as unknown as T[]
  const variantIds = products.flatMap((product) => (product.variants ?? []).flatMap((v) => (v ? [v.id] : [])))
  const availability = variantIds.length
    ? await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: salesChannelId })
    : {}
  return { products, available: (variantId) => availability[variantId]?.availability ?? 0 }
}
