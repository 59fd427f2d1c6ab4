import type { ProductActive } from "./routine-plan.js"
import type { RatingSummary } from "./reviews.js"
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
  /** The routine's facts (RoutineFacts); null on a profile saved before they existed. */
  actives: ProductActive[] | null
  max_uses_per_week: number | null
  starting_uses_per_week: number | null
  amount_per_use_ml: number | null
}

/** What the routine's rules say about one product: its weekly limit and what not to combine it with. */
export type ProductRoutineAdvice = {
  /** The most mornings or evenings a week, and where it must be started slowly, the number to start with. */
  max_uses_per_week: number
  starting_uses_per_week: number | null
  /** The weekly limit in one sentence ("Up to 2 evenings a week."). */
  limit: string
  /** What not to combine it with, one sentence each (empty when nothing). */
  avoid: string[]
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
  /** The routine's advice for this product; null without a skincare profile or its routine facts. */
  routine_advice: ProductRoutineAdvice | null
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
  /** Approved reviews in figures; for a step set, the average of its components' (`of_set`). */
  rating: RatingSummary
}
