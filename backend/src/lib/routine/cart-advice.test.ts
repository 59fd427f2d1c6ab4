import { describe, expect, it } from "vitest"
import type { RoutineProduct } from "./catalog"
import { adviseCart } from "./cart-advice"
import { hasAcid, isDailyAcid, isExfoliatingAcid, isRetinoid, isSunscreen, productAdvice } from "./rules"
import { seedCatalog } from "./seed-catalog.testing"

const catalog = seedCatalog()
const first = (test: (p: RoutineProduct) => boolean) => catalog.products.find(test)!
const variantOf = (product: RoutineProduct) => product.variants[0].id
const codes = (variantIds: string[]) => adviseCart(catalog, variantIds).map((advice) => advice.code)

const retinoid = first(isRetinoid)
const acids = catalog.products.filter(isExfoliatingAcid)
const toner = first(isDailyAcid)
const spf = first(isSunscreen)
const cleanser = first((p) => p.step === "cleanse")

describe("advice on a cart", () => {
  it("says a retinoid and an exfoliating acid go on different evenings", () => {
    const advice = adviseCart(catalog, [variantOf(retinoid), variantOf(acids[0]), variantOf(spf)])
    expect(advice.map((a) => a.code)).toEqual(["retinoid_with_acid"])
    expect(advice[0].message).toContain(retinoid.title)
    expect(advice[0].message).toContain(acids[0].title)
  })

  it("offers an SPF in stock in one click when acids or a retinoid come without one", () => {
    for (const sensitising of [retinoid, acids[0], toner]) {
      const advice = adviseCart(catalog, [variantOf(sensitising)]).find((a) => a.code === "needs_spf")!
      const added = catalog.products.find((p) => p.variants.some((v) => v.id === advice.add!.variant_id))!
      expect(isSunscreen(added)).toBe(true)
      expect(added.variants.find((v) => v.id === advice.add!.variant_id)!.available).toBeGreaterThan(0)
      expect(advice.add!.price).toBeGreaterThan(0)
    }
    expect(codes([variantOf(retinoid), variantOf(spf)])).toEqual([])
  })

  it("suggests no SPF that is out of stock while another is in stock", () => {
    const sunscreens = catalog.products.filter(isSunscreen)
    const onlyLast = seedCatalog((p) =>
      isSunscreen(p) && p.id !== sunscreens.at(-1)!.id
        ? { ...p, variants: p.variants.map((v) => ({ ...v, available: 0 })) }
        : p
    )
    const advice = adviseCart(onlyLast, [variantOf(retinoid)]).find((a) => a.code === "needs_spf")!
    expect(sunscreens.at(-1)!.variants.map((v) => v.id)).toContain(advice.add!.variant_id)
  })

  it("says two exfoliants are to be alternated", () => {
    expect(codes([variantOf(acids[0]), variantOf(acids[1]), variantOf(spf)])).toEqual(["two_exfoliants"])
    expect(codes([variantOf(acids[0]), variantOf(toner), variantOf(spf)])).toEqual(["two_exfoliants"])
  })

  it("reads a set's components", () => {
    const set = catalog.sets.find((s) =>
      s.components.some((c) =>
        catalog.products.some((p) => hasAcid(p) && p.variants.some((v) => v.id === c.variant_id))
      )
    )!
    expect(codes([set.variant_id])).toContain("needs_spf")
  })

  it("has nothing to say about a cleanser, or an empty cart", () => {
    expect(codes([variantOf(cleanser)])).toEqual([])
    expect(codes([])).toEqual([])
  })
})

describe("a product page's advice", () => {
  it("gives a retinoid its starting evenings, and what not to combine it with", () => {
    const advice = productAdvice(retinoid)!
    expect(advice.limit).toBe(
      `Start on ${retinoid.facts!.starting_uses_per_week} evenings a week and build up to every day only as your skin gets used to it.`
    )
    expect(advice.avoid).toEqual([
      "Not on the same evening as an AHA or BHA exfoliant or a daily acid toner.",
      "Not without SPF: apply a sunscreen every morning while you use it.",
      "Not during pregnancy or breastfeeding.",
    ])
  })

  it("limits an exfoliating acid to 2 evenings, away from retinoids and other acids", () => {
    const advice = productAdvice(acids[0])!
    expect(advice.limit).toBe("Up to 2 evenings a week.")
    expect(advice.avoid[0]).toMatch(/retinoid, another exfoliating acid/)
  })

  it("says a cleanser may be used every day, with nothing to avoid; no facts, no advice", () => {
    expect(productAdvice(cleanser)).toEqual({
      max_uses_per_week: 7,
      starting_uses_per_week: null,
      limit: expect.stringMatching(/^Can be used every day/),
      avoid: [],
    })
    expect(productAdvice({ ...cleanser, facts: null })).toBeNull()
  })
})
