/** Cache tags, named once: the revalidation route and the data layer share them. */
export const TAGS = {
  regions: "regions",
  catalog: "catalog",
  guide: "guide",
} as const

/** How long public content may be served from cache before a background refresh. */
export const PUBLIC_REVALIDATE_SECONDS = 300
