import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { CACHE_TAGS } from "@lacremeluxe/shared"
import { medusa } from "./medusa"
import type { Region } from "./regions"
import { PUBLIC_REVALIDATE_SECONDS } from "./tags"

export { PORE_CARE_GUIDE } from "./guide-handles"

export type GuideProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: number | null
  in_stock: boolean
}

export type GuideBundle = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variant_id: string
  price: number
  components_total: number
  saving: number
  in_stock: boolean
  components: {
    product_id: string
    handle: string
    title: string
    thumbnail: string | null
    variant_id: string
    variant_title: string | null
    quantity: number
    unit_price: number
  }[]
}

export type GuideSection = {
  id: string
  handle: string
  kind: "intro" | "article" | "step" | "tips" | "conclusion"
  title: string
  body: string
  position: number
  how_often: string | null
  precautions: string[]
  category: { id: string; handle: string; name: string } | null
  products: GuideProduct[]
  bundle: GuideBundle | null
}

export type Guide = {
  id: string
  handle: string
  title: string
  summary: string
  currency_code: string
  sections: GuideSection[]
}

/** The guide with each step's products and bundle priced for the region; null for an unknown guide. */
export async function getGuide(handle: string, region: Region): Promise<Guide | null> {
  try {
    const { guide } = await medusa().client.fetch<{ guide: Guide }>(`/store/guides/${encodeURIComponent(handle)}`, {
      query: { region_id: region.id },
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
