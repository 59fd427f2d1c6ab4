/** How the shop's listing can be sorted (`GET /store/catalog?sort=`). */
export const CATALOG_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const

export type CatalogSort = (typeof CATALOG_SORTS)[number]
