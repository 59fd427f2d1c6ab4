/**
 * The personal routine: from the quiz's answers and the catalog, the morning and evening steps,
 * the week (Monday first), the warnings, what was left out, the total and the cart's items.
 * Pure; every rule reads the products' data through rules.ts (never an id or a handle).
 *
 * The rules (README, "Personal routine"):
 * - SPF every morning and a cleanser every evening (required steps, never dropped);
 * - an exfoliating acid on at most 2 evenings, never with a retinoid or another acid that evening
 *   (the daily acid toner is skipped on acid and retinoid evenings);
 * - no retinoid in pregnancy or breastfeeding (the serum stays, and a warning says why); a
 *   retinoid on no more evenings than its starting number;
 * - a clay mask once a week, on an evening without acid or retinoid;
 * - fragrance-free only when fragrance-sensitive; the gentler product for sensitive skin;
 * - the minutes of the longest evening and the budget a month respected by dropping optional
 *   steps first (listed in left_out), then by the cheapest essentials;
 * - nothing out of stock while an in-stock alternative fits.
 */
import { DEFAULT_LOCALE } from "@lacremeluxe/shared"
import { ROUTINE_WORDS, type RoutineWords } from "./words"
import {
  type RoutinePlan,
  type RoutinePlanStep,
  type RoutineRequest,
  type RoutineWarning,
  type StepHandle,
  WEEK_DAYS,
} from "@lacremeluxe/shared"
import type { RoutineCatalog, RoutineProduct, RoutineVariant } from "./catalog"
import {
  ACID_EVENINGS_MAX,
  isClayMask,
  isDailyAcid,
  isExfoliatingAcid,
  isRetinoid,
  isSunscreen,
  needsSunscreen,
  safeInPregnancy,
  startingUses,
  strength,
  usableInTheEvening,
  usableInTheMorning,
} from "./rules"

export type SlotKey =
  | "cleanse_am"
  | "treat_am"
  | "hydrate_am"
  | "protect"
  | "cleanse_pm"
  | "mask"
  | "toner"
  | "acid"
  | "treat_pm"
  | "retinoid"
  | "hydrate_pm"

type Slot = {
  key: SlotKey
  time: "morning" | "evening"
  step: StepHandle
  required: boolean
  /** Minutes it adds to an evening it is used on. */
  minutes: number
  /** Included only when it treats one of the shopper's concerns (when they named any). */
  forConcerns: boolean
  fits: (product: RoutineProduct) => boolean
}

const inStep = (step: StepHandle) => (product: RoutineProduct) => product.step === step

/** In the order they are applied: morning, then evening. */
const SLOTS: Slot[] = [
  {
    key: "cleanse_am",
    time: "morning",
    step: "cleanse",
    required: false,
    minutes: 0,
    forConcerns: false,
    fits: (p) => inStep("cleanse")(p) && usableInTheMorning(p),
  },
  {
    key: "treat_am",
    time: "morning",
    step: "treat",
    required: false,
    minutes: 0,
    forConcerns: false,
    fits: (p) => inStep("treat")(p) && usableInTheMorning(p) && !isRetinoid(p) && !needsSunscreen(p),
  },
  {
    key: "hydrate_am",
    time: "morning",
    step: "hydrate",
    required: false,
    minutes: 0,
    forConcerns: false,
    fits: (p) => inStep("hydrate")(p) && usableInTheMorning(p),
  },
  {
    key: "protect",
    time: "morning",
    step: "protect",
    required: true,
    minutes: 0,
    forConcerns: false,
    fits: (p) => isSunscreen(p) && usableInTheMorning(p),
  },
  {
    key: "cleanse_pm",
    time: "evening",
    step: "cleanse",
    required: true,
    minutes: 2,
    forConcerns: false,
    fits: (p) => inStep("cleanse")(p) && usableInTheEvening(p),
  },
  {
    key: "mask",
    time: "evening",
    step: "mask",
    required: false,
    minutes: 12,
    forConcerns: true,
    fits: (p) => isClayMask(p) && usableInTheEvening(p),
  },
  {
    key: "toner",
    time: "evening",
    step: "exfoliate",
    required: false,
    minutes: 1,
    forConcerns: true,
    fits: (p) => inStep("exfoliate")(p) && isDailyAcid(p) && usableInTheEvening(p),
  },
  {
    key: "acid",
    time: "evening",
    step: "exfoliate",
    required: false,
    minutes: 1,
    forConcerns: true,
    fits: (p) => isExfoliatingAcid(p) && usableInTheEvening(p),
  },
  {
    key: "treat_pm",
    time: "evening",
    step: "treat",
    required: false,
    minutes: 1,
    forConcerns: false,
    fits: (p) => inStep("treat")(p) && usableInTheEvening(p) && !isRetinoid(p),
  },
  {
    key: "retinoid",
    time: "evening",
    step: "treat",
    required: false,
    minutes: 1,
    forConcerns: true,
    fits: (p) => isRetinoid(p) && usableInTheEvening(p),
  },
  {
    key: "hydrate_pm",
    time: "evening",
    step: "hydrate",
    required: false,
    minutes: 1,
    forConcerns: false,
    fits: (p) => inStep("hydrate")(p) && usableInTheEvening(p),
  },
]

/** Optional steps, the first to go when the minutes or the budget run short. */
const DROP_ORDER: SlotKey[] = [
  "mask",
  "toner",
  "cleanse_am",
  "treat_am",
  "treat_pm",
  "retinoid",
  "acid",
  "hydrate_am",
  "hydrate_pm",
]

/** A morning product of the same step as an evening one: the same product is used when it fits both. */
const MORNING_OF: Partial<Record<SlotKey, SlotKey>> = {
  cleanse_am: "cleanse_pm",
  treat_am: "treat_pm",
  hydrate_am: "hydrate_pm",
}

/** Acid evenings (Tuesday, Friday), then where the mask and a retinoid go first. */
const ACID_DAYS: Record<number, number[]> = { 0: [], 1: [2], 2: [1, 4] }
const MASK_DAYS = [6, 5, 3, 0, 2]
const SPREAD_DAYS = [0, 3, 5, 2, 6, 1, 4]

const WEEKS_A_MONTH = 52 / 12
/** An opened pack is used up within six months at most (its period after opening). */
const MONTHS_A_PACK_LASTS_AT_MOST = 6

const round2 = (amount: number) => Math.round(amount * 100) / 100

type Selection = Map<SlotKey, RoutineProduct>

type Built = {
  days: { morning: SlotKey[]; evening: SlotKey[] }[]
  longestEvening: number
  perMonth: number
}

export const priced = (variant: RoutineVariant): variant is RoutineVariant & { price: number } => variant.price !== null

/** The size a plan buys: the cheapest in stock, else the cheapest. */
export function variantToBuy(product: RoutineProduct): (RoutineVariant & { price: number }) | null {
  const byPrice = product.variants.filter(priced).sort((a, b) => a.price - b.price || a.id.localeCompare(b.id))
  return byPrice.find((variant) => variant.available > 0) ?? byPrice[0] ?? null
}

export const inStock = (product: RoutineProduct) => (variantToBuy(product)?.available ?? 0) > 0

const concernsMet = (product: RoutineProduct, answers: RoutineRequest) =>
  product.concerns.filter((concern) => (answers.concerns as string[]).includes(concern)).length

/** In stock first; for sensitive skin the gentler; then the most concerns met, the cheaper. */
function better(answers: RoutineRequest) {
  return (a: RoutineProduct, b: RoutineProduct) =>
    Number(inStock(b)) - Number(inStock(a)) ||
    (answers.skin_type === "sensitive" ? strength(a) - strength(b) : 0) ||
    concernsMet(b, answers) - concernsMet(a, answers) ||
    (variantToBuy(a)?.price ?? 0) - (variantToBuy(b)?.price ?? 0) ||
    a.handle.localeCompare(b.handle)
}

/** The products that may fill a slot for these answers, best first. */
function candidates(slot: Slot, catalog: RoutineCatalog, answers: RoutineRequest, anySkinType = false) {
  return catalog.products
    .filter(
      (product) =>
        product.facts !== null &&
        slot.fits(product) &&
        variantToBuy(product) !== null &&
        (!answers.fragrance_sensitive || product.fragrance_free) &&
        (!answers.pregnant || safeInPregnancy(product)) &&
        (anySkinType || (product.skin_types as string[]).includes(answers.skin_type)) &&
        (!slot.forConcerns || !answers.concerns.length || concernsMet(product, answers) > 0)
    )
    .sort(better(answers))
}

function choose(catalog: RoutineCatalog, answers: RoutineRequest): Selection {
  const selection: Selection = new Map()
  // Evening first: a morning step then reuses the evening's product when it fits both.
  const order = [...SLOTS.filter((s) => s.time === "evening"), ...SLOTS.filter((s) => s.time === "morning")]
  for (const slot of order) {
    let fitting = candidates(slot, catalog, answers)
    if (!fitting.length && slot.required) {
      fitting = candidates(slot, catalog, answers, true)
    }
    const evening = MORNING_OF[slot.key] ? selection.get(MORNING_OF[slot.key]!) : undefined
    const reuse = evening && fitting.includes(evening) && (inStock(evening) || !inStock(fitting[0]))
    const chosen = reuse ? evening : fitting[0]
    if (chosen) {
      selection.set(slot.key, chosen)
    }
  }
  return selection
}

const slotOf = (key: SlotKey) => SLOTS.find((slot) => slot.key === key)!

/** Which evenings each product is used on, and what the week costs a month. */
function build(selection: Selection): Built {
  const acid = selection.get("acid")
  const acidDays = ACID_DAYS[acid ? Math.min(ACID_EVENINGS_MAX, acid.facts!.max_uses_per_week) : 0]
  const maskDay = selection.has("mask") ? MASK_DAYS.find((day) => !acidDays.includes(day)) : undefined
  const retinoid = selection.get("retinoid")
  const taken = [...acidDays, ...(maskDay === undefined ? [] : [maskDay])]
  const retinoidDays = retinoid
    ? SPREAD_DAYS.filter((day) => !taken.includes(day)).slice(0, Math.min(startingUses(retinoid), 7 - taken.length))
    : []
  const uses = (key: SlotKey, day: number) => {
    const product = selection.get(key)
    if (!product) return false
    switch (key) {
      case "acid":
        return acidDays.includes(day)
      case "mask":
        return day === maskDay
      case "retinoid":
        return retinoidDays.includes(day)
      case "toner":
        return !acidDays.includes(day) && !retinoidDays.includes(day)
      default:
        // Every day, or on as many days as the product allows, spread over the week.
        return SPREAD_DAYS.slice(0, product.facts!.max_uses_per_week).includes(day)
    }
  }
  const days = WEEK_DAYS.map((_, day) => ({
    morning: SLOTS.filter((s) => s.time === "morning" && uses(s.key, day)).map((s) => s.key),
    evening: SLOTS.filter((s) => s.time === "evening" && uses(s.key, day)).map((s) => s.key),
  }))
  const longestEvening = Math.max(...days.map((day) => day.evening.reduce((sum, key) => sum + slotOf(key).minutes, 0)))
  const usesOf = new Map<RoutineProduct, number>()
  for (const day of days) {
    for (const key of [...day.morning, ...day.evening]) {
      const product = selection.get(key)!
      usesOf.set(product, (usesOf.get(product) ?? 0) + 1)
    }
  }
  const perMonth = [...usesOf].reduce((sum, [product, weekly]) => sum + monthlyCost(product, weekly), 0)
  return { days, longestEvening, perMonth: round2(perMonth) }
}

/** What a product costs a month at `weekly` uses: its price over the months its pack lasts. */
export function monthlyCost(product: RoutineProduct, weekly: number): number {
  const variant = variantToBuy(product)
  if (!variant) return 0
  const mlAWeek = weekly * (product.facts?.amount_per_use_ml ?? 0)
  const months =
    variant.volume_ml && mlAWeek > 0
      ? Math.min(MONTHS_A_PACK_LASTS_AT_MOST, variant.volume_ml / mlAWeek / WEEKS_A_MONTH)
      : 1
  return variant.price / months
}

/** The plan for one shopper's answers. */
export function planRoutine(answers: RoutineRequest, catalog: RoutineCatalog): RoutinePlan {
  const words = ROUTINE_WORDS[catalog.locale ?? DEFAULT_LOCALE]
  const selection = choose(catalog, answers)
  const leftOut: RoutinePlan["left_out"] = []
  const warnings: RoutineWarning[] = []
  let built = build(selection)

  const dropWhile = (over: (built: Built) => boolean, time: Slot["time"] | null, reason: (slot: Slot) => string) => {
    for (const key of DROP_ORDER) {
      if (!over(built)) return
      const slot = slotOf(key)
      if (!selection.has(key) || (time && slot.time !== time)) continue
      selection.delete(key)
      leftOut.push({ step: slot.step, reason: reason(slot) })
      built = build(selection)
    }
  }

  dropWhile(
    (b) => b.longestEvening > answers.minutes,
    "evening",
    (slot) => words.leftOutForMinutes(words.slots[slot.key], answers.minutes)
  )
  const leftOutForMinutes = leftOut.length > 0
  const budget = answers.budget ?? null
  if (budget !== null) {
    const budgetWords = words.money(budget, catalog.currency_code)
    dropWhile(
      (b) => b.perMonth > budget,
      null,
      (slot) => words.leftOutForBudget(words.slots[slot.key], budgetWords)
    )
    if (built.perMonth > budget) {
      // Only the essentials are left: take the cheapest that fit.
      for (const key of selection.keys()) {
        const cheapest = candidates(slotOf(key), catalog, answers).sort(
          (a, b) => monthlyCost(a, 7) - monthlyCost(b, 7) || a.handle.localeCompare(b.handle)
        )[0]
        if (cheapest) selection.set(key, cheapest)
      }
      built = build(selection)
    }
    if (leftOut.length || built.perMonth > budget) {
      warnings.push({
        code: "budget_left_out",
        message:
          built.perMonth > budget
            ? words.essentialsOverBudget(words.money(built.perMonth, catalog.currency_code), budgetWords)
            : words.budgetLeavesOut(budgetWords),
      })
    }
  }
  if (built.longestEvening > answers.minutes) {
    warnings.unshift({
      code: "minutes_left_out",
      message: words.essentialsOverMinutes(built.longestEvening, answers.minutes),
    })
  } else if (leftOutForMinutes) {
    warnings.unshift({
      code: "minutes_left_out",
      message: words.minutesLeaveOut(answers.minutes),
    })
  }

  warnings.unshift(...safetyWarnings(selection, built, answers, words))

  const step = (key: SlotKey, time: "morning" | "evening"): RoutinePlanStep => {
    const product = selection.get(key)!
    const variant = variantToBuy(product)!
    const slot = slotOf(key)
    return {
      step: slot.step,
      product: { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail },
      variant: { id: variant.id, title: variant.title, price: variant.price },
      why: catalog.why[slot.step] ?? "",
      how: product.how_to_use,
      uses_per_week: built.days.filter((day) => day[time].includes(key)).length,
    }
  }
  const morning = SLOTS.filter((s) => s.time === "morning" && selection.has(s.key)).map((s) => step(s.key, "morning"))
  const evening = SLOTS.filter((s) => s.time === "evening" && selection.has(s.key)).map((s) => step(s.key, "evening"))

  const products = [...new Set(selection.values())]
  const items = products.map((product) => ({ variant_id: variantToBuy(product)!.id, quantity: 1 }))
  const priceOf = new Map(products.map((product) => [variantToBuy(product)!.id, variantToBuy(product)!.price]))
  for (const product of products.filter((p) => !inStock(p))) {
    warnings.push({
      code: "out_of_stock",
      message: words.outOfStock(product.title),
    })
  }

  return {
    region_id: catalog.region_id,
    currency_code: catalog.currency_code,
    morning,
    evening,
    week: WEEK_DAYS.map((day, index) => ({
      day,
      morning: built.days[index].morning.map((key) => selection.get(key)!.id),
      evening: built.days[index].evening.map((key) => selection.get(key)!.id),
    })),
    warnings,
    left_out: leftOut,
    total: round2([...priceOf.values()].reduce((sum, price) => sum + price, 0)),
    per_month: built.perMonth,
    sets: setsThatFit(catalog, priceOf),
    items,
  }
}

/** The warnings that keep the shopper safe, from what the plan holds and the answers. */
function safetyWarnings(
  selection: Selection,
  built: Built,
  answers: RoutineRequest,
  words: RoutineWords
): RoutineWarning[] {
  const warnings: RoutineWarning[] = []
  const products = [...selection.values()]
  if (answers.pregnant) {
    const serum = selection.get("treat_pm") ?? selection.get("treat_am")
    warnings.push({
      code: "retinol_pregnancy",
      message: words.noRetinoidInPregnancy(serum?.title ?? null),
    })
  }
  if (answers.fragrance_sensitive) {
    warnings.push({
      code: "fragrance_free_only",
      message: words.fragranceFreeOnly,
    })
  }
  const sensitising = products.filter(needsSunscreen)
  if (sensitising.length) {
    const spf = selection.get("protect")
    warnings.push({
      code: "acids_need_spf",
      message: words.needsSpf(sensitising.map((p) => p.title).join(words.and), sensitising.length, spf?.title ?? null),
    })
  }
  const retinoid = selection.get("retinoid")
  const acid = selection.get("acid")
  if (retinoid && acid) {
    warnings.push({
      code: "retinol_acid_same_night",
      message: words.retinoidAndAcidApart(retinoid.title, acid.title),
    })
  }
  if (retinoid) {
    const evenings = built.days.filter((day) => day.evening.includes("retinoid")).length
    warnings.push({
      code: "retinol_start_slowly",
      message: words.startRetinoidSlowly(retinoid.title, evenings),
    })
  }
  return warnings
}

/** The step sets whose every component the plan buys, with what each saves against its parts. */
function setsThatFit(catalog: RoutineCatalog, priceOf: Map<string, number>): RoutinePlan["sets"] {
  return catalog.sets.flatMap((set) => {
    if (set.price === null || set.available <= 0) return []
    if (!set.components.every((c) => priceOf.has(c.variant_id))) return []
    const parts = set.components.reduce((sum, c) => sum + priceOf.get(c.variant_id)! * c.quantity, 0)
    const saving = round2(parts - set.price)
    return saving > 0 ? [{ product_id: set.product_id, handle: set.handle, title: set.title, saving }] : []
  })
}
