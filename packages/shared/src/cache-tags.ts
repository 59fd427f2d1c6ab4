/** The storefront's cache tags, named once: the backend's revalidation and the storefront's data layer. */
export const CACHE_TAGS = {
  regions: "regions",
  /** Every read of products: staff edits of a product or price make all of them stale. */
  catalog: "catalog",
  guide: "guide",
  /** The lists of products (shop, home routine): stale when a product sells out or comes back. */
  listings: "listings",
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

const PRODUCT_TAG_PREFIX = "product:"
const PRODUCT_TAG = /^product:[a-z0-9][a-z0-9-]{0,199}$/

/** One product's page (by handle): stale when that product sells out or comes back. */
export function productTag(handle: string): string {
  return `${PRODUCT_TAG_PREFIX}${handle}`
}

/** A tag the storefront's revalidation accepts: one of CACHE_TAGS or a product tag. */
export function isCacheTag(tag: string): boolean {
  return (Object.values(CACHE_TAGS) as string[]).includes(tag) || PRODUCT_TAG.test(tag)
}

/**
 * Whether a page the storefront keeps finished (by path, e.g. `/de/products/x`) shows data behind
 * one of these tags: the page cache in front of Next drops just those pages.
 */
export function pageShowsTags(path: string, tags: readonly string[]): boolean {
  // A store's path: the country, an optional language (/de/en/…), then the page's section.
  const [, country, section, rest] =
    /^\/([a-z]{2})(?:\/(?:en|de|fr)(?=\/|$))?(?:\/([^/]+))?(?:\/(.*))?$/.exec(path.split("?")[0]) ?? []
  if (!country || tags.includes(CACHE_TAGS.catalog) || tags.includes(CACHE_TAGS.regions)) {
    return true
  }
  return tags.some((tag) => {
    if (tag === CACHE_TAGS.guide) return section === "guide" || section === "shop"
    if (tag === CACHE_TAGS.listings) return section === undefined || section === "shop" || section === "routine"
    return tag.startsWith(PRODUCT_TAG_PREFIX) && section === "products" && rest === tag.slice(PRODUCT_TAG_PREFIX.length)
  })
}
