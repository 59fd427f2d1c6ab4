import type { Concern, Frequency, SkinType, TimeOfDay } from "./skincare.js"

/** One size of a product on its page, priced for the region, with stock for the sales channel. */
export type ProductSize = {
  id: string
  title: string | null
  sku: string | null
  price: number | null
  volume_ml: number | null
  price_per_100ml: number | null
  available: number
}

/** What a product page says about a product's skincare (its skincare profile). */
export type ProductSkincare = {
  product_type: string
  key_ingredients: string[]
  inci: string
  skin_types: SkinType[]
  concerns: Concern[]
  how_to_use: string
  time_of_day: TimeOfDay
  frequency: Frequency
  warnings: string[]
  pregnancy_safe: boolean
  fragrance_free: boolean
}

/** The answer of `GET /store/product-pages/:handle?region_id=`. */
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
  skincare: ProductSkincare | null
  step: { handle: string; name: string } | null
  guide_section: { guide_handle: string; section_handle: string; title: string } | null
  step_bundle: { handle: string; title: string } | null
  components: {
    handle: string
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number | null
  }[]
  components_total: number | null
}
