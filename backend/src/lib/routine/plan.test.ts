import { CONCERNS, type RoutinePlan, type RoutineRequest, SKIN_TYPES, WEEK_DAYS } from "@lacremeluxe/shared"
import { describe, expect, it } from "vitest"
import type { RoutineCatalog, RoutineProduct } from "./catalog"
import { planRoutine } from "./plan"
import { hasAcid, isClayMask, isExfoliatingAcid, isRetinoid, isSunscreen } from "./rules"
import { seedCatalog } from "./seed-catalog.testing"

const catalog = seedCatalog()

function answers(change: Partial<RoutineRequest> = {}): RoutineRequest {
  return {
    region_id: "reg_test",
    skin_type: "oily",
    concerns: ["visible-pores", "blackheads"],
    pregnant: false,
    fragrance_sensitive: false,
    minutes: 20,
    budget: null,
    ...change,
  }
}

const productsOf = (plan: RoutinePlan, from: RoutineCatalog = catalog) => {
  const ids = new Set([...plan.morning, ...plan.evening].map((step) => step.product.id))
  return from.products.filter((product) => ids.has(product.id))
}
const byId = (from: RoutineCatalog) => (id: string) => from.products.find((product) => product.id === id)!
const eveningsWith = (plan: RoutinePlan, test: (product: RoutineProduct) => boolean, from = catalog) =>
  plan.week.filter((day) => day.evening.map(byId(from)).some(test)).length
const codes = (plan: RoutinePlan) => plan.warnings.map((warning) => warning.code)
const OPTIONAL_EVENING_STEPS = (plan: RoutinePlan) => plan.evening.filter((step) => step.step !== "cleanse")

/** Every rule of the issue that holds whatever the answers, checked on one plan. */
function expectTheRules(plan: RoutinePlan, asked: RoutineRequest, from = catalog) {
  const product = byId(from)
  const used = productsOf(plan, from)
  expect(plan.week.map((day) => day.day)).toEqual([...WEEK_DAYS])
  for (const day of plan.week) {
    expect(day.morning.map(product).some(isSunscreen), `SPF on ${day.day}`).toBe(true)
    expect(
      day.evening.map(product).some((p) => p.step === "cleanse"),
      `cleanser on ${day.day}`
    ).toBe(true)
    const evening = day.evening.map(product)
    const strong = evening.filter((p) => isExfoliatingAcid(p) || isRetinoid(p))
    expect(strong.length, `acids and retinoids on ${day.day}`).toBeLessThanOrEqual(1)
    if (strong.length) {
      expect(evening.filter(hasAcid).length, `two acids on ${day.day}`).toBeLessThanOrEqual(1)
      expect(evening.some(isClayMask), `mask on an acid or retinoid evening (${day.day})`).toBe(false)
    }
  }
  expect(eveningsWith(plan, isExfoliatingAcid, from)).toBeLessThanOrEqual(2)
  expect(eveningsWith(plan, isClayMask, from)).toBeLessThanOrEqual(1)
  for (const retinoid of used.filter(isRetinoid)) {
    expect(eveningsWith(plan, (p) => p.id === retinoid.id, from)).toBeLessThanOrEqual(
      retinoid.facts!.starting_uses_per_week!
    )
  }
  for (const p of used) {
    for (const time of ["morning", "evening"] as const) {
      const uses = plan.week.filter((day) => day[time].includes(p.id)).length
      expect(uses, `${p.handle} in the ${time}`).toBeLessThanOrEqual(p.facts!.max_uses_per_week)
    }
  }
  for (const step of [...plan.morning, ...plan.evening]) {
    const time = plan.morning.includes(step) ? "morning" : "evening"
    expect(step.uses_per_week).toBe(plan.week.filter((day) => day[time].includes(step.product.id)).length)
  }
  if (asked.pregnant) {
    expect(used.filter((p) => isRetinoid(p) || !p.pregnancy_safe)).toEqual([])
    expect(codes(plan)).toContain("retinol_pregnancy")
  }
  if (asked.fragrance_sensitive) {
    expect(used.filter((p) => !p.fragrance_free).map((p) => p.handle)).toEqual([])
    expect(codes(plan)).toContain("fragrance_free_only")
  }
  const optional = [...plan.morning.filter((step) => step.step !== "protect"), ...OPTIONAL_EVENING_STEPS(plan)]
  for (const step of optional) {
    expect(product(step.product.id).skin_types, step.product.handle).toContain(asked.skin_type)
  }
  if (asked.budget != null && plan.per_month > asked.budget) {
    expect(codes(plan)).toContain("budget_left_out")
    expect(optional).toEqual([])
  }
  if (asked.budget == null && asked.minutes >= 20) {
    expect(plan.left_out).toEqual([])
  }
  if (asked.minutes <= 10) {
    expect(eveningsWith(plan, isClayMask, from)).toBe(0)
  }
  if (used.some(isRetinoid) && used.some(isExfoliatingAcid)) {
    expect(codes(plan)).toContain("retinol_acid_same_night")
  }
  if (used.some((p) => hasAcid(p) || isRetinoid(p))) {
    expect(codes(plan)).toContain("acids_need_spf")
  }
  // The cart's items: each product once, in stock, and the total is their price.
  expect(plan.items.length).toBe(used.length)
  const variants = plan.items.map((item) => used.flatMap((p) => p.variants).find((v) => v.id === item.variant_id)!)
  expect(variants.every((v) => v.available > 0)).toBe(true)
  expect(plan.total).toBeCloseTo(
    variants.reduce((sum, v) => sum + v.price!, 0),
    2
  )
}

const CONCERN_SETS = [[], ...CONCERNS.map((concern) => [concern]), ["visible-pores", "blackheads", "excess-oil"]]

describe("the routine's rules hold for every combination of answers", () => {
  it("every skin type × pregnant × fragrance × minutes × budget × concerns", () => {
    let plans = 0
    for (const skin_type of SKIN_TYPES) {
      for (const pregnant of [false, true]) {
        for (const fragrance_sensitive of [false, true]) {
          for (const minutes of [1, 5, 10, 20, 60]) {
            for (const budget of [null, 10, 25, 40, 80, 200]) {
              for (const concerns of CONCERN_SETS) {
                const asked = answers({ skin_type, pregnant, fragrance_sensitive, minutes, budget, concerns })
                expectTheRules(planRoutine(asked, catalog), asked)
                plans++
              }
            }
          }
        }
      }
    }
    expect(plans).toBe(5 * 2 * 2 * 5 * 6 * CONCERN_SETS.length)
  })

  it("depends on the products' data, not their ids or handles", () => {
    const renamed = seedCatalog((p) => ({
      ...p,
      id: `x_${p.id.split("").reverse().join("")}`,
      handle: `renamed-${p.handle.length}-${p.title.length}`,
    }))
    for (const skin_type of SKIN_TYPES) {
      const asked = answers({ skin_type })
      const titles = (plan: RoutinePlan) => [...plan.morning, ...plan.evening].map((step) => step.product.title)
      const plan = planRoutine(asked, renamed)
      expectTheRules(plan, asked, renamed)
      expect(titles(plan)).toEqual(titles(planRoutine(asked, catalog)))
    }
  })
})

describe("the routine's rules, case by case", () => {
  it("gives oily skin with pores and blackheads a BHA on 2 evenings, retinol on its 3 starting evenings, a weekly clay mask, each on its own evening", () => {
    const plan = planRoutine(answers(), catalog)
    const used = productsOf(plan)
    const bha = used.find(isExfoliatingAcid)!
    expect(bha.facts!.actives.map((a) => a.code)).toContain("bha")
    expect(eveningsWith(plan, isExfoliatingAcid)).toBe(2)
    const retinoid = used.find(isRetinoid)!
    expect(eveningsWith(plan, isRetinoid)).toBe(retinoid.facts!.starting_uses_per_week)
    expect(eveningsWith(plan, isClayMask)).toBe(1)
    expect(codes(plan)).toEqual(["acids_need_spf", "retinol_acid_same_night", "retinol_start_slowly"])
    expect(plan.warnings.find((w) => w.code === "retinol_start_slowly")!.message).toContain(retinoid.title)
  })

  it("starts the gentler retinol on its 2 evenings for dry skin", () => {
    const plan = planRoutine(answers({ skin_type: "dry", concerns: ["uneven-texture"] }), catalog)
    const retinoid = productsOf(plan).find(isRetinoid)!
    expect(retinoid.facts!.starting_uses_per_week).toBe(2)
    expect(eveningsWith(plan, isRetinoid)).toBe(2)
  })

  it("in pregnancy leaves the retinoid out, keeps a pregnancy-safe serum and says why", () => {
    const plan = planRoutine(answers({ pregnant: true, concerns: ["uneven-texture"] }), catalog)
    expect(productsOf(plan).some(isRetinoid)).toBe(false)
    const serum = plan.evening.find((step) => step.step === "treat")!
    expect(plan.warnings.find((w) => w.code === "retinol_pregnancy")!.message).toContain(serum.product.title)
  })

  it("chooses the gentler of two fitting products for sensitive skin", () => {
    // Say the 7 % glycolic liquid suits sensitive skin too: the 5 % lactic serum still wins.
    const both = seedCatalog((p) =>
      isExfoliatingAcid(p) && !p.skin_types.includes("sensitive")
        ? { ...p, skin_types: [...p.skin_types, "sensitive"], concerns: [...p.concerns, "blackheads"] }
        : p
    )
    const plan = planRoutine(answers({ skin_type: "sensitive", concerns: ["blackheads", "dryness"] }), both)
    const acid = productsOf(plan, both).find(isExfoliatingAcid)!
    const fitting = both.products.filter((p) => isExfoliatingAcid(p) && p.skin_types.includes("sensitive"))
    expect(fitting.length).toBeGreaterThan(1)
    const strength = (p: RoutineProduct) => Math.max(...p.facts!.actives.map((a) => a.percent ?? 0))
    expect(strength(acid)).toBe(Math.min(...fitting.map(strength)))
  })

  it("takes only fragrance-free products when fragrance-sensitive", () => {
    const plan = planRoutine(answers({ fragrance_sensitive: true }), catalog)
    expect(productsOf(plan).every((p) => p.fragrance_free)).toBe(true)
  })

  it("drops the mask first for 10 minutes, keeps only the cleanser for 1 minute, and says so", () => {
    const full = planRoutine(answers({ minutes: 60 }), catalog)
    const ten = planRoutine(answers({ minutes: 10 }), catalog)
    expect(full.evening.some((step) => step.step === "mask")).toBe(true)
    expect(ten.evening.some((step) => step.step === "mask")).toBe(false)
    expect(ten.left_out).toEqual([{ step: "mask", reason: expect.stringContaining("10 minutes") }])
    expect(codes(ten)).toContain("minutes_left_out")
    const one = planRoutine(answers({ minutes: 1 }), catalog)
    expect(one.evening.map((step) => step.step)).toEqual(["cleanse"])
    expect(one.warnings.find((w) => w.code === "minutes_left_out")!.message).toMatch(/essentials/)
  })

  it("keeps to the budget by leaving optional steps out first, and lists them", () => {
    const free = planRoutine(answers(), catalog)
    const tight = planRoutine(answers({ budget: 45 }), catalog)
    expect(free.per_month).toBeGreaterThan(45)
    expect(tight.per_month).toBeLessThanOrEqual(45)
    expect(tight.left_out[0].step).toBe("mask")
    expect(tight.left_out.every((entry) => entry.reason.includes("45.00 EUR"))).toBe(true)
    expect(codes(tight)).toContain("budget_left_out")
    expect(tight.morning.some((step) => step.step === "protect")).toBe(true)
  })

  it("takes the cheapest essentials when even they exceed the budget, and says so", () => {
    const plan = planRoutine(answers({ budget: 1 }), catalog)
    expect(plan.morning.map((step) => step.step)).toEqual(["protect"])
    expect(plan.evening.map((step) => step.step)).toEqual(["cleanse"])
    expect(plan.warnings.find((w) => w.code === "budget_left_out")!.message).toMatch(/essentials/)
  })

  it("never plans an out-of-stock product while an in-stock one fits, and warns when none does", () => {
    const bhaOut = seedCatalog((p) =>
      isExfoliatingAcid(p) && p.facts!.actives.some((a) => a.code === "bha")
        ? { ...p, variants: p.variants.map((v) => ({ ...v, available: 0 })) }
        : p
    )
    const plan = planRoutine(answers(), bhaOut)
    const acid = productsOf(plan, bhaOut).find(isExfoliatingAcid)!
    expect(acid.variants.some((v) => v.available > 0)).toBe(true)
    expect(codes(plan)).not.toContain("out_of_stock")

    const noSpf = seedCatalog((p) =>
      isSunscreen(p) ? { ...p, variants: p.variants.map((v) => ({ ...v, available: 0 })) } : p
    )
    const without = planRoutine(answers(), noSpf)
    expect(without.morning.some((step) => step.step === "protect")).toBe(true)
    expect(codes(without)).toContain("out_of_stock")
  })

  it("buys the cheapest size in stock", () => {
    const bigOnly = seedCatalog((p) => ({
      ...p,
      variants: p.variants.map((v, index) => (index === 0 && p.variants.length > 1 ? { ...v, available: 0 } : v)),
    }))
    const plan = planRoutine(answers(), bigOnly)
    for (const item of plan.items) {
      const product = bigOnly.products.find((p) => p.variants.some((v) => v.id === item.variant_id))!
      expect(product.variants.find((v) => v.id === item.variant_id)!.available).toBeGreaterThan(0)
    }
  })

  it("leaves out products whose routine facts are missing", () => {
    const unknown = seedCatalog((p) => (isRetinoid(p) ? { ...p, facts: null } : p))
    expect(productsOf(planRoutine(answers(), unknown), unknown).some((p) => p.facts === null)).toBe(false)
  })

  it("names the step sets the plan fills, with their saving", () => {
    const plan = planRoutine(answers(), catalog)
    for (const set of plan.sets) {
      const kit = catalog.sets.find((s) => s.product_id === set.product_id)!
      expect(kit.components.every((c) => plan.items.some((item) => item.variant_id === c.variant_id))).toBe(true)
      expect(set.saving).toBeGreaterThan(0)
    }
    expect(plan.sets.length).toBeGreaterThan(0)
  })
})
