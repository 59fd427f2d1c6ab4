import { CACHE_TAGS, type CacheTag } from "@lacremeluxe/shared"
import { GUIDE_CHANGED_EVENT } from "../../modules/guide/events"
import { SKINCARE_PROFILE_SAVED_EVENT } from "../../modules/skincare/events"

/** Which storefront cache tags an event makes stale. Pure: unit-tested beside it. */
const CATALOG_EVENT =
  /^(product|skincare-profile|product-variant|product-category|product-type|product-tag|price|price-list|inventory-item|inventory-level|reservation-item|order)\./

export const REVALIDATING_EVENTS = [
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
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "order.placed",
  "order.canceled",
  "region.created",
  "region.updated",
  "region.deleted",
]

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
