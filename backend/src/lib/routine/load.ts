import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type Locale, type ProductSkincare, STEP_HANDLES, type StepHandle } from "@lacremeluxe/shared"
import { BUNDLE_TYPE } from "../catalog/bundles"
import { queryPricedProducts, type PricedVariantRow } from "../catalog/priced-products"
import { loadRegion } from "../catalog/region"
import { factsOf, type RoutineCatalog, type RoutineProduct, type RoutineSet } from "./catalog"

type RawProduct = {
  id: string
  handle: string
  title: string
  thumbnail?: string | null
  type?: { value: string } | null
  categories?: ({ handle: string; description?: string | null } | null)[] | null
  skincare_profile?: Omit<ProductSkincare, "warnings"> | null
  variants?: (PricedVariantRow | null)[] | null
}

const isStep = (handle: string): handle is StepHandle => (STEP_HANDLES as string[]).includes(handle)
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+/)[0]?.trim() ?? ""

/** How long a region's routine catalog is reused: stock and staff edits show within this time. */
export const ROUTINE_CATALOG_TTL_MS = 10_000

const recent = new Map<string, { until: number; catalog: Promise<RoutineCatalog> }>()

type Scope = { regionId: string; salesChannelId: string; locale: Locale }

/**
 * The catalog as the routine's rules read it, reused for ROUTINE_CATALOG_TTL_MS per region, sales
 * channel and language (one read for concurrent requests), so a plan is pure computation: the read costs
 * several queries, the plan a millisecond or two.
 */
export function loadRoutineCatalog(container: MedusaContainer, scope: Scope): Promise<RoutineCatalog> {
  const key = `${scope.regionId}|${scope.salesChannelId}|${scope.locale}`
  const now = Date.now()
  const kept = recent.get(key)
  if (kept && kept.until > now) {
    return kept.catalog
  }
  const catalog = readRoutineCatalog(container, scope)
  recent.set(key, { until: now + ROUTINE_CATALOG_TTL_MS, catalog })
  // A refused read (an unknown region) is never kept.
  catalog.catch(() => recent.get(key)?.catalog === catalog && recent.delete(key))
  return catalog
}

/**
 * The catalog as the routine's rules read it, through the one shopper query (published, the
 * publishable key's sales channel, priced for the region, with stock; Query's cache where on).
 */
async function readRoutineCatalog(
  container: MedusaContainer,
  { regionId, salesChannelId, locale }: Scope
): Promise<RoutineCatalog> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const region = await loadRegion(query, regionId)
  const { products: raw, available } = await queryPricedProducts<RawProduct>(query, {
    region,
    salesChannelId,
    locale,
    fields: [
      "handle",
      "title",
      "thumbnail",
      "type.value",
      "categories.handle",
      "categories.description",
      "skincare_profile.*",
      "variants.title",
      "variants.sku",
      "variants.variant_size.volume_ml",
      "variants.inventory_items.required_quantity",
      "variants.inventory_items.inventory.sku",
    ],
  })
  const variantsOf = (product: RawProduct) => (product.variants ?? []).flatMap((v) => (v ? [v] : []))
  const idBySku = new Map(raw.flatMap(variantsOf).flatMap((v) => (v.sku ? [[v.sku, v.id] as const] : [])))
  const why: RoutineCatalog["why"] = {}
  const products: RoutineProduct[] = []
  const sets: RoutineSet[] = []

  for (const product of raw) {
    const variants = variantsOf(product)
    const category = (product.categories ?? []).find((c) => c && isStep(c.handle)) ?? null
    const step = category && isStep(category.handle) ? category.handle : null
    if (step && category?.description && !why[step]) {
      why[step] = firstSentence(category.description)
    }
    if (product.type?.value === BUNDLE_TYPE) {
      const kit = variants[0]
      if (kit) {
        sets.push({
          product_id: product.id,
          handle: product.handle,
          title: product.title,
          variant_id: kit.id,
          price: kit.calculated_price?.calculated_amount ?? null,
          available: available(kit.id),
          components: (kit.inventory_items ?? []).flatMap((item) => {
            const id = item?.inventory?.sku ? idBySku.get(item.inventory.sku) : undefined
            return id ? [{ variant_id: id, quantity: item!.required_quantity }] : []
          }),
        })
      }
      continue
    }
    const profile = product.skincare_profile
    if (!profile) {
      continue
    }
    products.push({
      id: product.id,
      handle: product.handle,
      title: product.title,
      thumbnail: product.thumbnail ?? null,
      step,
      how_to_use: profile.how_to_use,
      time_of_day: profile.time_of_day,
      skin_types: profile.skin_types,
      concerns: profile.concerns,
      pregnancy_safe: profile.pregnancy_safe,
      fragrance_free: profile.fragrance_free,
      facts: factsOf(profile),
      variants: variants.map((variant) => ({
        id: variant.id,
        title: variant.title ?? "",
        price: variant.calculated_price?.calculated_amount ?? null,
        volume_ml: variant.variant_size?.volume_ml ?? null,
        available: available(variant.id),
      })),
    })
  }
  products.sort((a, b) => a.handle.localeCompare(b.handle))
  return { region_id: region.id, currency_code: region.currency_code, locale, products, sets, why }
}
