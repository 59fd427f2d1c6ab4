import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { addRoutineFactsWorkflow } from "../../workflows/add-routine-facts"
import { attachSkincareDetailsWorkflow } from "../../workflows/attach-skincare-details"
import { nameInventoryItemsWorkflow } from "../../workflows/name-inventory-items"
import type { SeedContext } from "./context"
import { seedBundles } from "./bundles"
import { imagePath, type CategoriesSeed, type SeedData } from "./data"
import { ensureProductTypes, neverCreated, uploadImages } from "./product-helpers"
import type { StoreSetup } from "./store"

const SIZE_OPTION = "Size"

/** The parent "Pore care routine" and its six steps, ranked in guide order. */
async function ensureCategories(ctx: SeedContext, seed: CategoriesSeed): Promise<Record<string, string>> {
  const handles = [seed.parent.handle, ...seed.steps.map((step) => step.handle)]
  const { data: existing } = await ctx.query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: handles },
  })
  const ids: Record<string, string> = Object.fromEntries(existing.map((c) => [c.handle, c.id]))
  if (!ids[seed.parent.handle]) {
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: [{ ...seed.parent, is_active: true, is_internal: false, rank: 0 }],
      },
    })
    ids[seed.parent.handle] = result[0].id
  }
  const missing = seed.steps.map((step, rank) => ({ ...step, rank })).filter((step) => !ids[step.handle])
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: missing.map((step) => ({
          ...step,
          parent_category_id: ids[seed.parent.handle],
          is_active: true,
          is_internal: false,
        })),
      },
    })
    for (const category of result) {
      ids[category.handle] = category.id
    }
    ctx.log(`created categories ${missing.map((s) => s.name).join(", ")}`)
  }
  return ids
}

async function createMissingProducts(
  ctx: SeedContext,
  data: SeedData,
  setup: StoreSetup,
  categoryIds: Record<string, string>
) {
  const missing = await neverCreated(ctx, data.products)
  if (!missing.length) {
    return
  }
  const typeIds = await ensureProductTypes(
    ctx,
    missing.map((p) => p.product_type)
  )
  const images = await uploadImages(
    ctx,
    missing.map((p) => ({ handle: p.handle, file: imagePath(data, p.image), name: p.image }))
  )
  const { result: created } = await createProductsWorkflow(ctx.container).run({
    input: {
      products: missing.map((product) => ({
        title: product.title,
        subtitle: product.subtitle,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        type_id: typeIds[product.product_type],
        category_ids: [categoryIds[product.step]],
        thumbnail: images[product.handle],
        images: [{ url: images[product.handle] }],
        shipping_profile_id: setup.shippingProfileId,
        sales_channels: [{ id: setup.salesChannelId }],
        options: [{ title: SIZE_OPTION, values: product.variants.map((v) => v.title) }],
        // Sizes keep the order the seed lists them in (smallest first) in the admin and the Store API.
        variants: product.variants.map((variant, rank) => ({
          title: variant.title,
          variant_rank: rank,
          sku: variant.sku,
          weight: variant.weight_g,
          manage_inventory: true,
          options: { [SIZE_OPTION]: variant.title },
          prices: [
            { currency_code: "eur", amount: variant.prices.eur },
            { currency_code: "usd", amount: variant.prices.usd },
          ],
        })),
      })),
    },
  })
  ctx.log(`created ${missing.length} products`)
  // Medusa titles each new inventory item with the bare size; staff need the product's name too.
  await nameInventoryItemsWorkflow(ctx.container).run({
    input: { variant_ids: created.flatMap((product) => (product.variants ?? []).map((variant) => variant.id)) },
  })
}

/** Stock at the warehouse for every seeded SKU that has none there yet. */
async function ensureStock(ctx: SeedContext, data: SeedData, setup: StoreSetup) {
  const stockBySku = new Map(data.products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: items } = await ctx.query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const missing = items.filter(
    (item) =>
      !(item.location_levels ?? []).some(
        (level: { location_id?: string } | null) => level?.location_id === setup.stockLocationId
      )
  )
  if (!missing.length) {
    return
  }
  await createInventoryLevelsWorkflow(ctx.container).run({
    input: {
      inventory_levels: missing.map((item) => ({
        inventory_item_id: item.id,
        location_id: setup.stockLocationId,
        stocked_quantity: stockBySku.get(item.sku ?? "") ?? 0,
      })),
    },
  })
  ctx.log(`stocked ${missing.length} SKUs`)
}

/** Skincare profile per product and fill volume per variant, for those that lack them. */
async function ensureSkincareDetails(ctx: SeedContext, data: SeedData) {
  const seedByHandle = new Map(data.products.map((p) => [p.handle, p]))
  const { data: products } = await ctx.query.graph({
    entity: "product",
    fields: ["id", "handle", "skincare_profile.id", "variants.id", "variants.sku", "variants.variant_size.id"],
    filters: { handle: [...seedByHandle.keys()] },
  })
  const productsMissing = products.filter((p) => !p.skincare_profile)
  const variantsMissing = products.flatMap((product) =>
    (product.variants ?? []).filter((variant: { variant_size?: unknown } | null) => variant && !variant.variant_size)
  )
  if (!productsMissing.length && !variantsMissing.length) {
    return
  }
  const volumeBySku = new Map(data.products.flatMap((p) => p.variants.map((v) => [v.sku, v.volume_ml] as const)))
  await attachSkincareDetailsWorkflow(ctx.container).run({
    input: {
      products: productsMissing.map((product) => {
        const seed = seedByHandle.get(product.handle)!
        return {
          product_id: product.id,
          profile: { product_type: seed.product_type, ...seed.skincare },
        }
      }),
      variants: variantsMissing.map((variant) => ({
        variant_id: variant!.id,
        volume_ml: volumeBySku.get(variant!.sku ?? "") ?? 0,
      })),
    },
  })
  ctx.log(`attached skincare details to ${productsMissing.length} products`)
}

/** Profiles saved before the routine's facts existed get the seed's facts; staff's other edits stay. */
export async function addMissingRoutineFacts(ctx: SeedContext, data: SeedData) {
  const seedByHandle = new Map(data.products.map((p) => [p.handle, p]))
  const { data: products } = await ctx.query.graph({
    entity: "product",
    fields: ["handle", "skincare_profile.id", "skincare_profile.max_uses_per_week"],
    filters: { handle: [...seedByHandle.keys()] },
  })
  const missing = products.flatMap((product) => {
    const profile = product.skincare_profile
    const seed = seedByHandle.get(product.handle)
    if (!profile || profile.max_uses_per_week != null || !seed) {
      return []
    }
    const { actives, max_uses_per_week, starting_uses_per_week, amount_per_use_ml } = seed.skincare
    return [{ id: profile.id, actives, max_uses_per_week, starting_uses_per_week, amount_per_use_ml }]
  })
  if (!missing.length) {
    return
  }
  await addRoutineFactsWorkflow(ctx.container).run({ input: { profiles: missing } })
  ctx.log(`added routine facts to ${missing.length} skincare profiles`)
}

export async function seedCatalog(ctx: SeedContext, data: SeedData, setup: StoreSetup) {
  const categoryIds = await ensureCategories(ctx, data.categories)
  await createMissingProducts(ctx, data, setup, categoryIds)
  await ensureStock(ctx, data, setup)
  await ensureSkincareDetails(ctx, data)
  await addMissingRoutineFacts(ctx, data)
  await seedBundles(ctx, data, setup, categoryIds)
}
