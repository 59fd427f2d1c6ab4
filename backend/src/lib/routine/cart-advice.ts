/**
 * Advice on what a cart holds, from the same rules as the plan: a retinoid with an exfoliating
 * acid, acids or a retinoid without an SPF (with the SPF to add in one click), two exfoliants.
 */
import type { CartAdvice } from "@lacremeluxe/shared"
import type { RoutineCatalog, RoutineProduct } from "./catalog"
import { inStock, variantToBuy } from "./plan"
import { hasAcid, isExfoliatingAcid, isRetinoid, isSunscreen, needsSunscreen } from "./rules"

const titles = (products: RoutineProduct[]) => products.map((product) => product.title).join(" and ")

/** The products a cart holds, a set counting as its components. */
export function productsInCart(catalog: RoutineCatalog, variantIds: string[]): RoutineProduct[] {
  const ids = new Set(variantIds)
  for (const set of catalog.sets) {
    if (ids.has(set.variant_id)) {
      set.components.forEach((component) => ids.add(component.variant_id))
    }
  }
  return catalog.products.filter((product) => product.facts && product.variants.some((v) => ids.has(v.id)))
}

/** The SPF to suggest: in stock, fragrance-free first, then the cheapest. */
function sunscreenToAdd(catalog: RoutineCatalog) {
  return catalog.products
    .filter((product) => product.facts && isSunscreen(product) && variantToBuy(product))
    .sort(
      (a, b) =>
        Number(inStock(b)) - Number(inStock(a)) ||
        Number(b.fragrance_free) - Number(a.fragrance_free) ||
        variantToBuy(a)!.price - variantToBuy(b)!.price ||
        a.handle.localeCompare(b.handle)
    )[0]
}

export function adviseCart(catalog: RoutineCatalog, variantIds: string[]): CartAdvice[] {
  const products = productsInCart(catalog, variantIds)
  const advice: CartAdvice[] = []
  const retinoids = products.filter(isRetinoid)
  const acids = products.filter(isExfoliatingAcid)
  if (retinoids.length && acids.length) {
    advice.push({
      code: "retinoid_with_acid",
      message: `Use ${titles(retinoids)} and ${titles(acids)} on different evenings, never on the same night.`,
    })
  }
  const sensitising = products.filter(needsSunscreen)
  if (sensitising.length && !products.some(isSunscreen)) {
    const spf = sunscreenToAdd(catalog)
    const variant = spf ? variantToBuy(spf) : null
    advice.push({
      code: "needs_spf",
      message: `${titles(sensitising)} make${sensitising.length === 1 ? "s" : ""} skin more sensitive to the sun: add an SPF for every morning.`,
      ...(spf && variant
        ? { add: { variant_id: variant.id, title: `${spf.title} ${variant.title}`, price: variant.price } }
        : {}),
    })
  }
  const exfoliants = products.filter(hasAcid)
  if (exfoliants.length >= 2) {
    advice.push({
      code: "two_exfoliants",
      message: `Alternate ${titles(exfoliants)}: one exfoliant an evening, and an exfoliating acid on at most 2 evenings a week.`,
    })
  }
  return advice
}
