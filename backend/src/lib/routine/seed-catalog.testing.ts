/**
 * The routine's catalog built from the store's own seed data (seed/catalog), for unit tests: the
 * rules are tested on the real products' facts. Ids are the handles and SKUs.
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import type { RoutineCatalog, RoutineProduct } from "./catalog"

const catalogDir = path.resolve(__dirname, "../../../../seed/catalog")
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(catalogDir, file), "utf8")) as T

type SeedProduct = {
  handle: string
  title: string
  step: RoutineProduct["step"]
  skincare: Omit<RoutineProduct, "id" | "handle" | "title" | "thumbnail" | "step" | "facts" | "variants"> &
    NonNullable<RoutineProduct["facts"]>
  variants: { title: string; sku: string; volume_ml: number; prices: { eur: number }; stock: number }[]
}
type SeedBundle = {
  handle: string
  title: string
  sku: string
  prices: { eur: number }
  components: { sku: string; quantity: number }[]
}
type SeedCategories = { steps: { handle: NonNullable<RoutineProduct["step"]>; description: string }[] }

export function seedCatalog(change: (product: RoutineProduct) => RoutineProduct = (p) => p): RoutineCatalog {
  const products = read<SeedProduct[]>("products.json").map((seed) => {
    const { actives, max_uses_per_week, starting_uses_per_week, amount_per_use_ml, ...profile } = seed.skincare
    return change({
      id: `prod_${seed.handle}`,
      handle: seed.handle,
      title: seed.title,
      thumbnail: null,
      step: seed.step,
      how_to_use: profile.how_to_use,
      time_of_day: profile.time_of_day,
      skin_types: profile.skin_types,
      concerns: profile.concerns,
      pregnancy_safe: profile.pregnancy_safe,
      fragrance_free: profile.fragrance_free,
      facts: { actives, max_uses_per_week, starting_uses_per_week, amount_per_use_ml },
      variants: seed.variants.map((v) => ({
        id: v.sku,
        title: v.title,
        price: v.prices.eur,
        volume_ml: v.volume_ml,
        available: v.stock,
      })),
    })
  })
  const sets = read<SeedBundle[]>("bundles.json").map((bundle) => ({
    product_id: `prod_${bundle.handle}`,
    handle: bundle.handle,
    title: bundle.title,
    variant_id: bundle.sku,
    price: bundle.prices.eur,
    available: 10,
    components: bundle.components.map((c) => ({ variant_id: c.sku, quantity: c.quantity })),
  }))
  const why = Object.fromEntries(
    read<SeedCategories>("categories.json").steps.map((step) => [step.handle, step.description.split(". ")[0]])
  )
  return { region_id: "reg_test", currency_code: "eur", products, sets, why }
}
