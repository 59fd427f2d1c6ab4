/** The storefront's cache tags, named once: the backend's revalidation and the storefront's data layer. */
export const CACHE_TAGS = {
  regions: "regions",
  catalog: "catalog",
  guide: "guide",
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]
