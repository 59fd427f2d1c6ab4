/**
 * The personal routine (issue 13): the quiz's answers, the plan the backend computes from the
 * products' data, and the advice on a cart. One contract for the backend route, the storefront,
 * the admin form and the tests.
 */
import { z } from "zod"
import { CONCERNS, SKIN_TYPES } from "./skincare.js"
import type { StepHandle } from "./routine.js"

/** What a product contains that the routine's rules care about. Codes, never shown as written. */
export const ACTIVES = [
  "retinoid",
  "aha",
  "bha",
  "pha",
  "niacinamide",
  "hyaluronic-acid",
  "ceramide",
  "clay",
  "charcoal",
  "spf-filter",
] as const
export type Active = (typeof ACTIVES)[number]

/** An active with its strength in percent where the strength matters (retinol 0.1, BHA 2, …). */
export type ProductActive = { code: Active; percent: number | null }

/** The routine data of a skincare profile (typed columns, edited in the admin, seeded). */
export type RoutineFacts = {
  actives: ProductActive[]
  /** The most mornings or evenings a week the product should be used (1–7). */
  max_uses_per_week: number
  /** Where a product must be started slowly (retinoids): the uses a week to begin with; else null. */
  starting_uses_per_week: number | null
  /** What one use takes, in ml (refill reminders use it too). */
  amount_per_use_ml: number
}

export const ROUTINE_MINUTES = [5, 10, 20] as const
export const WEEK_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const
export type WeekDay = (typeof WEEK_DAYS)[number]

const oneOf = <T extends readonly string[]>(values: T, what: string) =>
  z.string().refine((value): value is T[number] => values.includes(value), {
    message: `Choose ${what} from: ${values.join(", ")}.`,
  })

/**
 * `POST /store/routines` — a JSON body, never a query string, so the pregnancy answer never
 * lands in an access log. Refinements rather than enums: Medusa rewrites zod's own messages.
 */
export const RoutineRequest = z
  .object({
    region_id: z.string().min(1, "Say which region the routine is for.").max(64),
    skin_type: oneOf(SKIN_TYPES, "a skin type"),
    concerns: z.array(oneOf(CONCERNS, "concerns")).max(CONCERNS.length, "Choose each concern once."),
    pregnant: z.boolean(),
    fragrance_sensitive: z.boolean(),
    /** Minutes the shopper gives the evening routine. */
    minutes: z
      .number()
      .int()
      .refine((value) => value >= 1 && value <= 120, { message: "Minutes must be between 1 and 120." }),
    /** Per month, in the region's currency (major units); null for no limit. */
    budget: z
      .number()
      .refine((value) => value > 0 && value <= 100000, { message: "A budget must be a positive amount." })
      .nullable()
      .optional(),
  })
  .strict()
export type RoutineRequest = z.infer<typeof RoutineRequest>

export const ROUTINE_WARNING_CODES = [
  "retinol_pregnancy",
  "acids_need_spf",
  "retinol_acid_same_night",
  "retinol_start_slowly",
  "fragrance_free_only",
  "out_of_stock",
  "budget_left_out",
  "minutes_left_out",
] as const
export type RoutineWarningCode = (typeof ROUTINE_WARNING_CODES)[number]
export type RoutineWarning = { code: RoutineWarningCode; message: string }

/** One step of a morning or evening routine. */
export type RoutinePlanStep = {
  step: StepHandle
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  variant: { id: string; title: string; price: number }
  /** Why this step, in one sentence from the guide. */
  why: string
  /** How to apply it (the product's own how-to-use). */
  how: string
  /** Mornings or evenings a week this product is used in the plan. */
  uses_per_week: number
}

export type RoutinePlan = {
  region_id: string
  currency_code: string
  morning: RoutinePlanStep[]
  evening: RoutinePlanStep[]
  /** Seven days, Monday first; product ids in the order they are applied. */
  week: { day: WeekDay; morning: string[]; evening: string[] }[]
  warnings: RoutineWarning[]
  /** Steps the plan left out for the budget or the minutes, and why. */
  left_out: { step: StepHandle; reason: string }[]
  /** The price of everything the plan uses, once, in the region's currency. */
  total: number
  /**
   * What the plan costs a month (each product's price over the months its pack lasts at the
   * plan's uses and amount per use, six at most): what the budget is compared with.
   */
  per_month: number
  /** Where a step set holds products the plan uses: the set and what it saves. */
  sets: { product_id: string; handle: string; title: string; saving: number }[]
  /** Ready for `POST /store/carts/:id/line-items/batch`. */
  items: CartBatchItem[]
}

/** The answer of `POST /store/routines`. */
export type RoutineResponse = { routine: RoutinePlan }

export const CART_BATCH_MAX_ITEMS = 20

/** `POST /store/carts/:id/line-items/batch` — several lines in one round trip. */
export const CartBatchItem = z
  .object({
    variant_id: z.string().min(1, "Each item needs a variant_id.").max(64),
    quantity: z
      .number()
      .int()
      .refine((value) => value >= 1 && value <= 10, { message: "A quantity must be between 1 and 10." }),
  })
  .strict()
export type CartBatchItem = z.infer<typeof CartBatchItem>
export const CartBatch = z
  .object({
    items: z
      .array(CartBatchItem)
      .min(1, "Add at least one item.")
      .max(CART_BATCH_MAX_ITEMS, `At most ${CART_BATCH_MAX_ITEMS} items at once.`),
  })
  .strict()
export type CartBatch = z.infer<typeof CartBatch>

export const CART_ADVICE_CODES = ["retinoid_with_acid", "needs_spf", "two_exfoliants"] as const
export type CartAdviceCode = (typeof CART_ADVICE_CODES)[number]
/** `GET /store/carts/:id/advice` answers `{ advice: CartAdvice[] }`. */
export type CartAdvice = {
  code: CartAdviceCode
  message: string
  /** A product that resolves it in one click (the SPF to add), when there is one. */
  add?: { variant_id: string; title: string; price: number }
}
