/**
 * Advice on what a cart holds, from the same rules as the plan: a retinoid with an exfoliating
 * acid, acids or a retinoid without an SPF (with the SPF to add in one click), two exfoliants.
 */
import { DEFAULT_LOCALE, type CartAdvice } from "@lacremeluxe/shared"
import type { RoutineCatalog, RoutineProduct } from "./catalog"
import { inStock, variantToBuy } from "./plan"
import { hasAcid, isExfoliatingAcid, isRetinoid, isSunscreen, needsSunscreen } from "./rules"
import { ROUTINE_WORDS } from "./words"

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
  const words = ROUTINE_WORDS[catalog.locale ?? DEFAULT_LOCALE]
  const titles = (products: RoutineProduct[]) => products.map((product) => product.title).join(words.and)
  const products = productsInCart(catalog, variantIds)
  const advice: CartAdvice[] = []
  const retinoids = products.filter(isRetinoid)
  const acids = products.filter(isExfoliatingAcid)
  if (retinoids.length && acids.length) {
    advice.push({
      code: "retinoid_with_acid",
      message: words.cart.retinoidWithAcid(titles(retinoids), titles(acids)),
    })
  }
  const sensitising = products.filter(needsSunscreen)
  if (sensitising.length && !products.some(isSunscreen)) {
    const spf = sunscreenToAdd(catalog)
    const variant = spf ? variantToBuy(spf) : null
    advice.push({
      code: "needs_spf",
      message: words.cart.needsSpf(titles(sensitising), sensitising.length),
      ...(spf && variant
        ? { add: { variant_id: variant.id, title: `${spf.title} ${variant.title}`, price: variant.price } }
        : {}),
    })
  }
  const exfoliants = products.filter(hasAcid)
  if (exfoliants.length >= 2) {
    advice.push({
      code: "two_exfoliants",
      message: words.cart.twoExfoliants(titles(exfoliants)),
    })
  }
  return advice
}
