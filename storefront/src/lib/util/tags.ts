/** How long public content may be served from cache before a background refresh (tags: CACHE_TAGS). */
export const PUBLIC_REVALIDATE_SECONDS = 300
