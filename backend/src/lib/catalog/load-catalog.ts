import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Locale } from "@lacremeluxe/shared"
import { translationOf } from "../http/locale"
import { BUNDLE_TYPE } from "./bundles"
import { queryPricedProducts } from "./priced-products"
import { vocabularyWords, type CatalogEntry } from "./search"
import { loadRegion } from "./region"

type RawProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  created_at: string | Date
  type?: { value: string } | null
  categories?: ({ handle: string; parent_category_id?: string | null } | null)[] | null
  skincare_profile?: {
    product_type: string
    key_ingredients: string[]
    inci: string
    skin_types: string[]
    concerns: string[]
    actives?: { code: string }[] | null
    pregnancy_safe: boolean
    fragrance_free: boolean
  } | null
  variants?: ({ id: string; calculated_price?: { calculated_amount?: number | null } | null } | null)[] | null
}

/** Every published product of the sales channel, shaped for searching and priced for the region. */
export async function loadCatalog(
  container: MedusaContainer,
  { regionId, salesChannelId, locale }: { regionId: string; salesChannelId: string; locale: Locale }
): Promise<{ entries: CatalogEntry[]; steps: { handle: string; name: string; description: string }[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const region = await loadRegion(query, regionId)
  const { products, available } = await queryPricedProducts<RawProduct>(query, {
    region,
    salesChannelId,
    locale,
    fields: [
      "handle",
      "title",
      "subtitle",
      "description",
      "thumbnail",
      "created_at",
      "type.value",
      "categories.handle",
      "categories.parent_category_id",
      "skincare_profile.*",
    ],
  })
  const { data: categories } = await query.graph(
    {
      entity: "product_category",
      // Medusa translates only the records whose id is read.
      fields: ["id", "handle", "name", "description", "rank", "parent_category.handle"],
      filters: { is_active: true, is_internal: false },
    },
    { locale: translationOf(locale) }
  )
  const steps = categories
    .filter((category) => category.parent_category?.handle)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((category) => ({ handle: category.handle, name: category.name, description: category.description ?? "" }))
  const stepHandles = new Set(steps.map((step) => step.handle))

  const entries = products.map((product): CatalogEntry => {
    const variants = (product.variants ?? []).flatMap((v) => (v ? [v] : []))
    const prices = variants
      .map((v) => v.calculated_price?.calculated_amount)
      .filter((amount): amount is number => typeof amount === "number")
    const profile = product.skincare_profile
    const step = (product.categories ?? []).find((c) => c && stepHandles.has(c.handle))?.handle ?? null
    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle ?? null,
      description: product.description ?? null,
      thumbnail: product.thumbnail ?? null,
      created_at: new Date(product.created_at).toISOString(),
      is_bundle: product.type?.value === BUNDLE_TYPE,
      step,
      product_type: profile?.product_type ?? product.type?.value ?? null,
      key_ingredients: profile?.key_ingredients ?? [],
      inci: profile?.inci ?? "",
      skin_types: profile?.skin_types ?? [],
      concerns: profile?.concerns ?? [],
      pregnancy_safe: profile?.pregnancy_safe ?? null,
      fragrance_free: profile?.fragrance_free ?? null,
      price: prices.length ? Math.min(...prices) : null,
      in_stock: variants.some((v) => available(v.id) > 0),
      vocabulary: vocabularyWords(
        { concerns: profile?.concerns ?? [], skin_types: profile?.skin_types ?? [], actives: profile?.actives, step },
        locale
      ),
    }
  })
  return { entries, steps }
}
