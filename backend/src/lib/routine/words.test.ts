import { LOCALES, type RoutineRequest } from "@lacremeluxe/shared"
import { describe, expect, it } from "vitest"
import { adviseCart } from "./cart-advice"
import { planRoutine } from "./plan"
import { isExfoliatingAcid, isRetinoid, productAdvice } from "./rules"
import { seedCatalog } from "./seed-catalog.testing"
import { ROUTINE_WORDS } from "./words"

const asked: RoutineRequest = {
  region_id: "reg_test",
  skin_type: "oily",
  concerns: ["visible-pores", "blackheads"],
  pregnant: true,
  fragrance_sensitive: true,
  minutes: 5,
  budget: 20,
}

describe("the routine in the shopper's language", () => {
  it("plans the same routine in every language, worded in the catalog's language", () => {
    const english = planRoutine(asked, seedCatalog())
    const german = planRoutine(asked, { ...seedCatalog(), locale: "de-DE" })
    const french = planRoutine(asked, { ...seedCatalog(), locale: "fr-FR" })
    for (const plan of [german, french]) {
      expect(plan.week).toEqual(english.week)
      expect(plan.warnings.map((w) => w.code)).toEqual(english.warnings.map((w) => w.code))
      expect(plan.left_out.map((l) => l.step)).toEqual(english.left_out.map((l) => l.step))
    }
    const message = (plan: typeof english, code: string) => plan.warnings.find((w) => w.code === code)?.message
    expect(message(german, "fragrance_free_only")).toBe(ROUTINE_WORDS["de-DE"].fragranceFreeOnly)
    expect(message(french, "fragrance_free_only")).toBe(ROUTINE_WORDS["fr-FR"].fragranceFreeOnly)
    expect(message(german, "retinol_pregnancy")).toMatch(/^Retinoide \(Vitamin A\)/)
    expect(german.left_out.every((entry) => /entfällt/.test(entry.reason))).toBe(true)
    expect(french.left_out.every((entry) => /est retiré/.test(entry.reason))).toBe(true)
    expect(message(german, "budget_left_out")).toContain("20,00\u00a0€")
  })

  it("words a cart's advice and a product's weekly limit in each language", () => {
    const catalog = seedCatalog()
    const retinoid = catalog.products.find(isRetinoid)!
    const acid = catalog.products.find(isExfoliatingAcid)!
    const ids = [retinoid.variants[0].id, acid.variants[0].id]
    for (const locale of LOCALES) {
      const advice = adviseCart({ ...catalog, locale }, ids)
      expect(advice.map((a) => a.code)).toEqual(adviseCart(catalog, ids).map((a) => a.code))
      expect(advice[0].message).toBe(ROUTINE_WORDS[locale].cart.retinoidWithAcid(retinoid.title, acid.title))
      expect(productAdvice(retinoid, locale)!.avoid).toContain(ROUTINE_WORDS[locale].product.retinoid)
    }
  })
})
