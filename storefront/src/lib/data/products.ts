import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { CACHE_TAGS, productTag, type ProductPage } from "@lacremeluxe/shared"
import { inLocale, medusa } from "./medusa"
import type { Region } from "./regions"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

/** A product page in the locale, priced for the region; null for an unknown product. */
export async function getProductPage(handle: string, region: Region, locale: string): Promise<ProductPage | null> {
  try {
    const { product } = await medusa().client.fetch<{ product: ProductPage }>(
      `/store/product-pages/${encodeURIComponent(handle)}`,
      {
        query: { region_id: region.id },
        headers: inLocale(locale),
        next: { tags: [CACHE_TAGS.catalog, productTag(handle)], revalidate: PUBLIC_REVALIDATE_SECONDS },
        cache: "force-cache",
      }
    )
    return product
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}
