import { admin, adminToken } from "./api"
import { setStock } from "./inventory"

export type InventoryItem = {
  id: string
  title: string | null
  sku: string
  metadata: Record<string, unknown> | null
  location_levels: {
    location_id: string
    stocked_quantity: number
    reserved_quantity: number
    available_quantity: number
  }[]
}

/** A SKU's inventory item with its warehouse stock, as Medusa Admin reads it. */
export async function inventoryItem(sku: string): Promise<InventoryItem> {
  const { body } = await admin(
    `/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,title,sku,metadata,location_levels.location_id,location_levels.stocked_quantity,location_levels.reserved_quantity,location_levels.available_quantity`,
    { token: await adminToken() }
  )
  return body.inventory_items[0]
}

/**
 * Leaves `available` units of a SKU to sell, whatever other tests' orders reserved; returns the
 * stocked quantity before, for `setStock` to restore.
 */
export async function setAvailable(sku: string, available: number): Promise<number> {
  const level = (await inventoryItem(sku)).location_levels[0]
  return setStock(sku, level.reserved_quantity + available)
}
