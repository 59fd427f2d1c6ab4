import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { CACHE_TAGS } from "@lacremeluxe/shared"
import { medusa } from "./medusa"
import type { Region } from "./regions"
import { PUBLIC_REVALIDATE_SECONDS } from "./tags"

export type ProductSize = {
  id: string
  title: string | null
  sku: string | null
  price: number | null
  volume_ml: number | null
  price_per_100ml: number | null
  available: number
}

export type SkincareProfile = {
  product_type: string
  key_ingredients: string[]
  inci: string
  skin_types: string[]
  concerns: string[]
  how_to_use: string
  time_of_day: "am" | "pm" | "am_pm"
  frequency: "daily" | "twice_daily" | "one_to_two_weekly" | "weekly"
  warnings: string[]
  pregnancy_safe: boolean
  fragrance_free: boolean
}

export type ProductPage = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: string[]
  is_bundle: boolean
  currency_code: string
  variants: ProductSize[]
  skincare: SkincareProfile | null
  step: { handle: string; name: string } | null
  guide_section: { guide_handle: string; section_handle: string; title: string } | null
  step_bundle: { handle: string; title: string } | null
  components: { handle: string; title: string; variant_title: string | null; quantity: number; unit_price: number | null }[]
  components_total: number | null
}

export async function getProductPage(handle: string, region: Region): Promise<ProductPage | null> {
  try {
    const { product } = await medusa().client.fetch<{ product: ProductPage }>(
      `/store/product-pages/${encodeURIComponent(handle)}`,
      {
        query: { region_id: region.id },
        next: { tags: [CACHE_TAGS.catalog], revalidate: PUBLIC_REVALIDATE_SECONDS },
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
