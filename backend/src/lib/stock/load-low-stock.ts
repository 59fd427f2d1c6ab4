import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BUNDLE_TYPE } from "../catalog/bundles"
import { lowStockReport, type StockItem, type StockSet } from "./low-stock"

/** More than this shop will ever stock; a larger catalogue would page through. */
const MAX_ITEMS = 5_000

type Level = { stocked_quantity?: unknown; reserved_quantity?: unknown; available_quantity?: unknown } | null
type KitLink = { required_quantity?: unknown; inventory?: { id: string } | null } | null

const sum = (levels: Level[], key: keyof NonNullable<Level>) =>
  levels.reduce((total, level) => total + (Number(level?.[key] ?? 0) || 0), 0)

/** Stock of every inventory item, summed over the store's locations (the shop has one warehouse). */
export async function loadStockItems(container: MedusaContainer): Promise<StockItem[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: [
      "id",
      "title",
      "sku",
      "metadata",
      "location_levels.stocked_quantity",
      "location_levels.reserved_quantity",
      "location_levels.available_quantity",
    ],
    pagination: { take: MAX_ITEMS, order: { title: "ASC" } },
  })
  return data.map((item) => {
    const levels = (item.location_levels ?? []) as Level[]
    return {
      id: item.id,
      title: item.title ?? null,
      sku: item.sku ?? null,
      metadata: (item.metadata as Record<string, unknown> | null) ?? null,
      stocked: sum(levels, "stocked_quantity"),
      reserved: sum(levels, "reserved_quantity"),
      available: sum(levels, "available_quantity"),
    }
  })
}

/** The step sets: products of the type "Bundle", with their kit variant's components. */
export async function loadStockSets(container: MedusaContainer): Promise<StockSet[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: types } = await query.graph({ entity: "product_type", fields: ["id"], filters: { value: BUNDLE_TYPE } })
  if (!types.length) {
    return []
  }
  const { data: bundles } = await query.graph({
    entity: "product",
    fields: ["id", "title", "variants.inventory_items.required_quantity", "variants.inventory_items.inventory.id"],
    filters: { type_id: types.map((type) => type.id) },
    pagination: { take: MAX_ITEMS },
  })
  return bundles.map((bundle) => ({
    id: bundle.id,
    title: bundle.title,
    components: ((bundle.variants ?? []) as { inventory_items?: KitLink[] | null }[]).flatMap((variant) =>
      (variant?.inventory_items ?? []).flatMap((link) =>
        link?.inventory
          ? [{ inventory_item_id: link.inventory.id, required_quantity: Number(link.required_quantity ?? 1) }]
          : []
      )
    ),
  }))
}

export async function loadLowStock(container: MedusaContainer) {
  const [items, sets] = await Promise.all([loadStockItems(container), loadStockSets(container)])
  return lowStockReport(items, sets)
}
