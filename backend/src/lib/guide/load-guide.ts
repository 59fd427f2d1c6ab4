import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { splitLines, type GuideBundle, type Locale } from "@lacremeluxe/shared"
import { BUNDLE_TYPE } from "../catalog/bundles"
import { queryPricedProducts, type PricedVariantRow } from "../catalog/priced-products"
import {
  presentBundle,
  presentSections,
  type BundleComponentRow,
  type PricedVariant,
  type ProductRow,
  type SectionRow,
} from "./present"
import { loadRegion } from "../catalog/region"
import { translationOf } from "../http/locale"

type Options = { handle: string; regionId: string; salesChannelId: string; locale: Locale }

type RawSection = Omit<SectionRow, "category" | "bundle_id" | "precautions"> & {
  /** One precaution per line, as stored. */
  precautions: string | null
  product_category?: { id: string; handle: string; name: string } | null
  product?: { id: string } | null
}

type RawProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  type?: { value: string } | null
  categories?: ({ rank: number } | null)[] | null
  variants?: (PricedVariantRow | null)[] | null
}

/**
 * Everything the guide page needs in one answer: the guide's sections and, for each step, its
 * products and its bundle, priced for the region and with stock for the sales channel.
 */
export async function loadGuide(container: MedusaContainer, { handle, regionId, salesChannelId, locale }: Options) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const region = await loadRegion(query, regionId)

  const { data: guides } = await query.graph(
    {
      entity: "guide",
      fields: [
        "id",
        "handle",
        "title",
        "summary",
        "sections.*",
        "sections.product_category.id",
        "sections.product_category.handle",
        "sections.product_category.name",
        "sections.product.id",
      ],
      filters: { handle },
    },
    { locale: translationOf(locale) }
  )
  const guide = guides[0]
  if (!guide) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no guide called "${handle}".`)
  }
  const sections: SectionRow[] = (guide.sections as RawSection[]).map(({ product_category, product, ...section }) => ({
    ...section,
    precautions: splitLines(section.precautions),
    category: product_category
      ? { id: product_category.id, handle: product_category.handle, name: product_category.name }
      : null,
    bundle_id: product?.id ?? null,
  }))

  const categoryIds = sections.flatMap((s) => (s.category ? [s.category.id] : []))
  const bundleIds = sections.flatMap((s) => (s.bundle_id ? [s.bundle_id] : []))

  const { data: categories } = categoryIds.length
    ? await query.graph({ entity: "product_category", fields: ["id", "products.id"], filters: { id: categoryIds } })
    : { data: [] }
  const { data: bundleKits } = bundleIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "variants.inventory_items.required_quantity", "variants.inventory_items.inventory.sku"],
        filters: { id: bundleIds },
      })
    : { data: [] }
  const componentsByBundle = new Map<string, BundleComponentRow[]>(
    bundleKits.map((bundle) => [
      bundle.id,
      ((bundle.variants?.[0] as PricedVariantRow | undefined)?.inventory_items ?? []).flatMap((item) =>
        item.inventory?.sku ? [{ sku: item.inventory.sku, quantity: item.required_quantity }] : []
      ),
    ])
  )
  const componentSkus = [...componentsByBundle.values()].flat().map((c) => c.sku)
  const { data: componentVariants } = componentSkus.length
    ? await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { sku: componentSkus } })
    : { data: [] }

  const productIds = [
    ...new Set([
      ...categories.flatMap((c) => (c.products ?? []).map((p) => p!.id)),
      ...bundleIds,
      ...componentVariants.map((v) => v.product_id as string),
    ]),
  ]
  const { products, available } = await queryPricedProducts<RawProduct>(query, {
    region,
    salesChannelId,
    locale,
    filters: { id: productIds },
    fields: [
      "handle",
      "title",
      "subtitle",
      "thumbnail",
      "type.value",
      "categories.rank",
      "variants.title",
      "variants.sku",
    ],
  })

  const rows = new Map<string, ProductRow>(
    products.map((product) => [
      product.id,
      {
        id: product.id,
        handle: product.handle,
        title: product.title,
        subtitle: product.subtitle ?? null,
        thumbnail: product.thumbnail ?? null,
        is_bundle: product.type?.value === BUNDLE_TYPE,
        step_rank: Math.min(...(product.categories ?? []).map((c) => c?.rank ?? Infinity)),
        variants: (product.variants ?? [])
          .flatMap((variant) => (variant ? [variant] : []))
          .map((variant): PricedVariant => ({
            id: variant.id,
            title: variant.title,
            sku: variant.sku,
            price: variant.calculated_price?.calculated_amount ?? null,
            available: available(variant.id),
          })),
      },
    ])
  )
  const productsByCategory = new Map(
    categories.map((category) => [
      category.id,
      (category.products ?? []).flatMap((p) => (rows.get(p!.id) ? [rows.get(p!.id)!] : [])),
    ])
  )
  const bySku = new Map(
    [...rows.values()].flatMap((product) =>
      product.variants.flatMap((variant) => (variant.sku ? [[variant.sku, { product, variant }] as const] : []))
    )
  )
  const bundles = new Map<string, GuideBundle | null>(
    bundleIds.map((id) => {
      const bundle = rows.get(id)
      return [id, bundle ? presentBundle(bundle, componentsByBundle.get(id) ?? [], bySku) : null]
    })
  )

  return {
    id: guide.id,
    handle: guide.handle,
    title: guide.title,
    summary: guide.summary,
    currency_code: region.currency_code,
    sections: presentSections(sections, productsByCategory, bundles),
  }
}
