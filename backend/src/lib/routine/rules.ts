/**
 * The routine's rules about single products, read from their data (actives, uses a week, time of
 * day) and never from ids or handles: what counts as an exfoliating acid, a retinoid, a clay mask
 * or an SPF, what a product must not be combined with, and which of two fitting products is
 * gentler. The plan (plan.ts) and the cart's advice (cart-advice.ts) are built on these.
 */
import { DEFAULT_LOCALE, type Locale, type ProductRoutineAdvice } from "@lacremeluxe/shared"
import { hasActive, type ProductFacts } from "./catalog"
import { ROUTINE_WORDS } from "./words"

/** The most evenings a week an exfoliating acid is used, whatever its own limit. */
export const ACID_EVENINGS_MAX = 2

export const isRetinoid = (product: ProductFacts) => hasActive(product, "retinoid")
/** Any acid that exfoliates, strong or gentle (a daily toner too). */
export const hasAcid = (product: ProductFacts) => hasActive(product, "aha", "bha", "pha")
/** An exfoliating acid: AHA or BHA used at most twice a week (not the gentle daily toner). */
export const isExfoliatingAcid = (product: ProductFacts) =>
  hasActive(product, "aha", "bha") && (product.facts?.max_uses_per_week ?? 7) <= ACID_EVENINGS_MAX
/** A gentle acid for every day (an AHA/BHA toner): skipped on acid and retinoid evenings. */
export const isDailyAcid = (product: ProductFacts) => hasAcid(product) && !isExfoliatingAcid(product)
export const isClayMask = (product: ProductFacts) => hasActive(product, "clay")
export const isSunscreen = (product: ProductFacts) => hasActive(product, "spf-filter")
/** What makes skin more sensitive to the sun, so that SPF must follow every morning. */
export const needsSunscreen = (product: ProductFacts) => hasAcid(product) || isRetinoid(product)

export const usableInTheMorning = (product: ProductFacts) => product.time_of_day !== "pm"
export const usableInTheEvening = (product: ProductFacts) => product.time_of_day !== "am"

/** Safe in pregnancy and breastfeeding: never a retinoid, and only what staff marked as safe. */
export const safeInPregnancy = (product: ProductFacts) => product.pregnancy_safe && !isRetinoid(product)

/** How strong a product is: its strongest active's percent (0 without one); lower is gentler. */
export const strength = (product: ProductFacts) =>
  Math.max(0, ...(product.facts?.actives ?? []).map((active) => active.percent ?? 0))

/** The uses a week to begin with (a retinoid's starting number), never above its limit. */
export const startingUses = (product: ProductFacts) =>
  Math.min(product.facts?.starting_uses_per_week ?? 7, product.facts?.max_uses_per_week ?? 7)

/** A product page's advice: the weekly limit and what not to combine the product with. */
export function productAdvice(product: ProductFacts, locale: Locale = DEFAULT_LOCALE): ProductRoutineAdvice | null {
  const words = ROUTINE_WORDS[locale].product
  const when = words.when[product.time_of_day]
  const facts = product.facts
  if (!facts) {
    return null
  }
  const max = facts.max_uses_per_week
  const start = facts.starting_uses_per_week
  const limit =
    start !== null && start < max
      ? words.startSlowly(start, when, max)
      : max === 7
        ? words.everyDay(when)
        : max === 1
          ? words.onceAWeek
          : words.upTo(max, when)
  const avoid: string[] = []
  if (isRetinoid(product)) {
    avoid.push(words.retinoid)
  }
  if (isExfoliatingAcid(product)) {
    avoid.push(words.exfoliatingAcid)
  }
  if (isDailyAcid(product)) {
    avoid.push(words.dailyAcid)
  }
  if (isClayMask(product)) {
    avoid.push(words.clayMask)
  }
  if (needsSunscreen(product)) {
    avoid.push(words.needsSpf)
  }
  if (!safeInPregnancy(product)) {
    avoid.push(words.notInPregnancy)
  }
  return { max_uses_per_week: max, starting_uses_per_week: start, limit, avoid }
}
