import { admin, adminToken, store } from "./api"

/** A variant's sellable quantity as the Store API reports it (for a bundle: what its parts allow). */
export async function availableQuantity(variantSku: string): Promise<number> {
  const { body } = await store(`/store/products?fields=variants.sku,+variants.inventory_quantity&limit=200`)
  for (const product of body.products) {
    for (const variant of product.variants) {
      if (variant.sku === variantSku) {
        return variant.inventory_quantity
      }
    }
  }
  throw new Error(`no variant with SKU ${variantSku}`)
}

/** Sets a SKU's stock at the warehouse; returns the previous quantity so a test can restore it. */
export async function setStock(sku: string, quantity: number): Promise<number> {
  const token = await adminToken()
  const { body } = await admin(
    `/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,location_levels.location_id,location_levels.stocked_quantity`,
    { token }
  )
  const item = body.inventory_items[0]
  const level = item.location_levels[0]
  const { status, body: updated } = await admin(
    `/admin/inventory-items/${item.id}/location-levels/${level.location_id}`,
    { token, body: { stocked_quantity: quantity } }
  )
  if (status !== 200) {
    throw new Error(`stock not updated: ${status} ${JSON.stringify(updated)}`)
  }
  return level.stocked_quantity
}
