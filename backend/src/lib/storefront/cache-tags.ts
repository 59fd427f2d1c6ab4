import { CACHE_TAGS, type CacheTag, productTag } from "@lacremeluxe/shared"
import { GUIDE_CHANGED_EVENT } from "../../modules/guide/events"
import { SKINCARE_PROFILE_SAVED_EVENT } from "../../modules/skincare/events"

/** Which storefront cache tags a staff edit makes stale. Pure: unit-tested beside it. */
const CATALOG_EVENT =
  /^(product|skincare-profile|product-variant|product-category|product-type|product-tag|price|price-list|inventory-item|translation)\./

export const STAFF_EVENTS = [
  GUIDE_CHANGED_EVENT,
  SKINCARE_PROFILE_SAVED_EVENT,
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "product-category.created",
  "product-category.updated",
  "product-category.deleted",
  "price-list.created",
  "price-list.updated",
  "price-list.deleted",
  "region.created",
  "region.updated",
  "region.deleted",
  // Staff translate products, categories, the guide and skincare text in Medusa Admin.
  "translation.created",
  "translation.updated",
  "translation.deleted",
]

/**
 * Events that move stock. Orders and returns (with an order id) make stale only the products whose
 * availability flipped (`flippedProducts`); a warehouse level staff changed, the products it stocks.
 */
export const ORDER_STOCK_EVENTS = ["order.placed", "order.canceled", "order.return_received"]
/**
 * The order events that give stock back (a cancel, a received return): with staff's levels, the
 * only moves that can make a sold-out product sellable again. A placed order only takes stock.
 */
export const STOCK_BACK_EVENTS = ORDER_STOCK_EVENTS.filter((event) => event !== "order.placed")
export const LEVEL_EVENTS = ["inventory-level.created", "inventory-level.updated"]

export const REVALIDATING_EVENTS = [...STAFF_EVENTS, ...ORDER_STOCK_EVENTS, ...LEVEL_EVENTS]

export function tagsForEvent(eventName: string): CacheTag[] {
  if (eventName === GUIDE_CHANGED_EVENT) {
    return [CACHE_TAGS.guide]
  }
  if (eventName.startsWith("region.")) {
    return [CACHE_TAGS.regions, CACHE_TAGS.catalog, CACHE_TAGS.guide]
  }
  if (CATALOG_EVENT.test(eventName)) {
    // The guide shows products, bundles, prices and stock too.
    return [CACHE_TAGS.catalog, CACHE_TAGS.guide]
  }
  return []
}

/** A variant as stock sees it: the inventory items (units each) one of it takes. */
export type StockedVariant = {
  product: { handle: string }
  kit: { inventory_item_id: string; required_quantity: number }[]
}

/**
 * Products whose variant went from sellable to sold out or back: `available` is an inventory
 * item's units the sales channel can sell now, `taken` the units the event took from it (negative
 * when it gave them back). A variant is sellable while every item of its kit has its required
 * units, so it flipped when one item crossed its threshold. Pure.
 */
export function flippedProducts(
  variants: StockedVariant[],
  available: ReadonlyMap<string, number>,
  taken: ReadonlyMap<string, number>
): string[] {
  const flipped = new Set<string>()
  for (const variant of variants) {
    const crossed = variant.kit.some(({ inventory_item_id: item, required_quantity: required }) => {
      const now = available.get(item) ?? 0
      const before = now + (taken.get(item) ?? 0)
      return now >= required !== before >= required
    })
    if (crossed) flipped.add(variant.product.handle)
  }
  return [...flipped]
}

/**
 * The tags of products (handles) whose availability changed: their pages, the lists and the guide
 * (which shows every step's products and sets).
 */
export function tagsForProducts(handles: string[]): string[] {
  return handles.length ? [...handles.map(productTag), CACHE_TAGS.listings, CACHE_TAGS.guide] : []
}
