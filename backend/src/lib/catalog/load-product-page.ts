import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { splitLines, type Locale, type ProductPage, type ProductSkincare } from "@lacremeluxe/shared"
import { BUNDLE_TYPE } from "./bundles"
import { priceContext, queryPricedProducts, type PricedVariantRow } from "./priced-products"
import { pricePer100Ml } from "./unit-price"
import { loadRegion } from "./region"
import { factsOf } from "../routine/catalog"
import { productAdvice } from "../routine/rules"
import { ratingSummaries } from "../reviews/load-reviews"
import { translationOf } from "../http/locale"

type Options = { handle: string; regionId: string; salesChannelId: string; locale: Locale }

type RawSection = {
  handle: string
  title: string
  guide?: { handle: string } | null
  product?: { handle: string; title: string } | null
}

type RawProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  images?: ({ url: string } | null)[] | null
  type?: { value: string } | null
  categories?:
    ({ id: string; handle: string; name: string; guide_sections?: (RawSection | null)[] | null } | null)[] | null
  /** As stored: warnings one per line. */
  skincare_profile?: (Omit<ProductSkincare, "warnings"> & { warnings: string | null }) | null
  variants?: (PricedVariantRow | null)[] | null
}

/**
 * A product page in one answer: the product, its sizes with price, price per 100 ml and stock,
 * its skincare profile, its step with the guide section and the step's bundle, and for a bundle
 * its components.
 */
export async function loadProductPage(
  container: MedusaContainer,
  { handle, regionId, salesChannelId, locale }: Options
): Promise<ProductPage> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const region = await loadRegion(query, regionId)
  const { products, available } = await queryPricedProducts<RawProduct>(query, {
    region,
    salesChannelId,
    locale,
    filters: { handle },
    fields: [
      "handle",
      "title",
      "subtitle",
      "description",
      "thumbnail",
      "images.url",
      "type.value",
      "categories.id",
      "categories.handle",
      "categories.name",
      "categories.guide_sections.handle",
      "categories.guide_sections.title",
      "categories.guide_sections.guide.handle",
      "categories.guide_sections.product.handle",
      "categories.guide_sections.product.title",
      "skincare_profile.*",
      "variants.title",
      "variants.sku",
      "variants.variant_size.volume_ml",
      "variants.inventory_items.required_quantity",
      "variants.inventory_items.inventory.sku",
    ],
  })
  const product = products[0]
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product called "${handle}".`)
  }
  const variants = (product.variants ?? []).flatMap((variant) => (variant ? [variant] : []))
  const isBundle = product.type?.value === BUNDLE_TYPE

  const kit = isBundle ? (variants[0]?.inventory_items ?? []) : []
  const componentSkus = kit.flatMap((item) => (item.inventory?.sku ? [item.inventory.sku] : []))
  const { data: componentVariants } = componentSkus.length
    ? await query.graph(
        {
          entity: "product_variant",
          fields: [
            "id",
            "sku",
            "title",
            "product.id",
            "product.handle",
            "product.title",
            "product.categories.rank",
            "calculated_price.calculated_amount",
          ],
          filters: { sku: componentSkus },
          context: { calculated_price: priceContext(region) },
        },
        { locale: translationOf(locale) }
      )
    : { data: [] }

  const category = (product.categories ?? [])[0] ?? null
  const section = (category?.guide_sections ?? []).find(Boolean) ?? null
  // Smallest size first: the seed gives every variant rank 0 and one creation time, so the
  // database's order is not stable (the refill was sometimes listed before the bottle).
  const bySize = [...variants].sort(
    (a, b) => (a.variant_size?.volume_ml ?? Infinity) - (b.variant_size?.volume_ml ?? Infinity)
  )
  const sizes = bySize.map((variant) => {
    const price = variant.calculated_price?.calculated_amount ?? null
    const volume = variant.variant_size?.volume_ml ?? null
    return {
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      price,
      volume_ml: volume,
      price_per_100ml: pricePer100Ml(price, volume),
      available: available(variant.id),
    }
  })
  type ComponentVariant = {
    sku: string | null
    title: string | null
    product?: { handle: string; title: string; categories?: { rank: number }[] | null } | null
    calculated_price?: { calculated_amount?: number | null } | null
  }
  const stepRank = (variant?: ComponentVariant) => variant?.product?.categories?.[0]?.rank ?? Infinity
  const byRoutineOrder = (a: { rank: number; title: string }, b: { rank: number; title: string }) =>
    a.rank - b.rank || a.title.localeCompare(b.title)
  const components = kit.map((item) => {
    const variant = (componentVariants as ComponentVariant[]).find((v) => v.sku === item.inventory?.sku)
    return {
      rank: stepRank(variant),
      handle: variant?.product?.handle ?? "",
      title: variant?.product?.title ?? item.inventory?.sku ?? "",
      variant_title: variant?.title ?? null,
      quantity: item.required_quantity,
      unit_price: variant?.calculated_price?.calculated_amount ?? null,
    }
  })
  const componentsTotal = components.reduce((sum, c) => sum + (c.unit_price ?? 0) * c.quantity, 0)
  const ratings = await ratingSummaries(container, [product.id], isBundle ? [product.id] : [])

  const stored = product.skincare_profile
  const profile: ProductSkincare | null = stored ? { ...stored, warnings: splitLines(stored.warnings) } : null

  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    thumbnail: product.thumbnail ?? null,
    images: (product.images ?? []).map((image) => image!.url),
    is_bundle: isBundle,
    currency_code: region.currency_code,
    variants: sizes,
    skincare: profile,
    routine_advice: profile ? productAdvice({ ...profile, facts: factsOf(profile) }, locale) : null,
    step: category ? { handle: category.handle, name: category.name } : null,
    guide_section:
      section?.guide?.handle && !isBundle
        ? { guide_handle: section.guide.handle, section_handle: section.handle, title: section.title }
        : null,
    step_bundle:
      section?.product && section.product.handle !== product.handle
        ? { handle: section.product.handle, title: section.product.title }
        : null,
    components: isBundle ? [...components].sort(byRoutineOrder).map(({ rank, ...component }) => component) : [],
    components_total: isBundle ? Math.round(componentsTotal * 100) / 100 : null,
    rating: ratings.get(product.id)!,
  }
}
