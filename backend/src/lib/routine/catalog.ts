/**
 * What the routine's rules read: the sales channel's products with their skincare profile and
 * routine facts, priced for the region, with stock; and the step sets. Plain data, so the rules
 * are pure functions a unit test can call with any catalog.
 */
import type {
  Concern,
  Locale,
  ProductActive,
  ProductSkincare,
  RoutineFacts,
  SkinType,
  StepHandle,
  TimeOfDay,
} from "@lacremeluxe/shared"

export type RoutineVariant = {
  id: string
  title: string
  /** In the region's currency; null when the variant has no price there. */
  price: number | null
  volume_ml: number | null
  /** Units the sales channel can sell now. */
  available: number
}

export type RoutineProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  step: StepHandle | null
  how_to_use: string
  time_of_day: TimeOfDay
  skin_types: SkinType[]
  concerns: Concern[]
  pregnancy_safe: boolean
  fragrance_free: boolean
  /** Null for a profile saved before the routine's facts existed: the rules leave the product out. */
  facts: RoutineFacts | null
  variants: RoutineVariant[]
}

/** A "shop this step" set: one variant holding its components' variants. */
export type RoutineSet = {
  product_id: string
  handle: string
  title: string
  variant_id: string
  price: number | null
  available: number
  components: { variant_id: string; quantity: number }[]
}

export type RoutineCatalog = {
  region_id: string
  currency_code: string
  products: RoutineProduct[]
  sets: RoutineSet[]
  /** The language its text speaks (products, why, and the rules' sentences); English when absent. */
  locale?: Locale
  /** Why each step matters, in one sentence of the guide's step text. */
  why: Partial<Record<StepHandle, string>>
}

/** What the rules about one product read of it. */
export type ProductFacts = Pick<RoutineProduct, "facts" | "time_of_day" | "pregnancy_safe">

export const hasActive = (product: Pick<RoutineProduct, "facts">, ...codes: ProductActive["code"][]) =>
  (product.facts?.actives ?? []).some((active) => codes.includes(active.code))

/** The routine's facts of a skincare profile, or null while any of them is missing. */
export function factsOf(
  profile:
    | Pick<ProductSkincare, "actives" | "max_uses_per_week" | "starting_uses_per_week" | "amount_per_use_ml">
    | null
    | undefined
): RoutineFacts | null {
  if (!profile || !profile.actives || profile.max_uses_per_week == null || profile.amount_per_use_ml == null) {
    return null
  }
  return {
    actives: profile.actives,
    max_uses_per_week: profile.max_uses_per_week,
    starting_uses_per_week: profile.starting_uses_per_week ?? null,
    amount_per_use_ml: profile.amount_per_use_ml,
  }
}
