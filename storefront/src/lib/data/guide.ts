import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { CACHE_TAGS, type Guide } from "@lacremeluxe/shared"
import { inLocale, medusa } from "./medusa"
import type { Region } from "./regions"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

export { PORE_CARE_GUIDE } from "../util/guide-handles"

/** The guide, in the locale, with each step's products and bundle priced for the region; null for an unknown guide. */
export async function getGuide(handle: string, region: Region, locale: string): Promise<Guide | null> {
  try {
    const { guide } = await medusa().client.fetch<{ guide: Guide }>(`/store/guides/${encodeURIComponent(handle)}`, {
      query: { region_id: region.id },
      headers: inLocale(locale),
      next: { tags: [CACHE_TAGS.guide], revalidate: PUBLIC_REVALIDATE_SECONDS },
      cache: "force-cache",
    })
    return guide
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}
