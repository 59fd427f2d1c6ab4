import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import type { SeedContext } from "./context"
import { imagePath, SET_VARIANT_TITLE as SET_OPTION, type BundleSeed, type SeedData } from "./data"
import { BUNDLE_TYPE } from "../catalog/bundles"
import type { StoreSetup } from "./store"
import { ensureProductTypes, neverCreated, uploadImages } from "./product-helpers"

/**
 * "Shop this step" bundles as Medusa inventory kits: the bundle's one variant is linked to each
 * component's inventory item with its required quantity, so selling a bundle reserves and
 * decrements every component, and the bundle is unavailable while any component is out of stock.
 */
export async function seedBundles(
  ctx: SeedContext,
  data: SeedData,
  setup: StoreSetup,
  categoryIds: Record<string, string>
) {
  const missing = await neverCreated(ctx, data.bundles)
  if (!missing.length) {
    return
  }
  const componentSkus = [...new Set(missing.flatMap((b) => b.components.map((c) => c.sku)))]
  const { data: items } = await ctx.query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: componentSkus },
  })
  const itemIdBySku = new Map(items.map((item) => [item.sku, item.id]))
  const typeIds = await ensureProductTypes(ctx, [BUNDLE_TYPE])
  const images = await uploadImages(
    ctx,
    missing.map((bundle) => ({ handle: bundle.handle, file: imagePath(data, bundle.image), name: bundle.image }))
  )
  const categoryOf = (bundle: BundleSeed) => categoryIds[bundle.step ?? data.categories.parent.handle]

  await createProductsWorkflow(ctx.container).run({
    input: {
      products: missing.map((bundle) => ({
        title: bundle.title,
        subtitle: bundle.subtitle,
        handle: bundle.handle,
        description: bundle.description,
        status: ProductStatus.PUBLISHED,
        type_id: typeIds[BUNDLE_TYPE],
        category_ids: [categoryOf(bundle)],
        thumbnail: images[bundle.handle],
        images: [{ url: images[bundle.handle] }],
        shipping_profile_id: setup.shippingProfileId,
        sales_channels: [{ id: setup.salesChannelId }],
        options: [{ title: SET_OPTION, values: [SET_OPTION] }],
        variants: [
          {
            title: SET_OPTION,
            sku: bundle.sku,
            manage_inventory: true,
            options: { [SET_OPTION]: SET_OPTION },
            prices: [
              { currency_code: "eur", amount: bundle.prices.eur },
              { currency_code: "usd", amount: bundle.prices.usd },
            ],
            // Forwarded by createProductsWorkflow to createProductVariantsWorkflow, which links them.
            inventory_items: bundle.components.map((component) => ({
              inventory_item_id: itemIdBySku.get(component.sku)!,
              required_quantity: component.quantity,
            })),
          },
        ],
      })),
    },
  })
  ctx.log(`created bundles ${missing.map((b) => b.handle).join(", ")}`)
}
