import "server-only"
import type { CatalogListing, GuideSection } from "@lacremeluxe/shared"
import { singleStep, type ShopParams } from "../util/catalog-params"
import { PORE_CARE_GUIDE } from "../util/guide-handles"
import { listCatalog } from "./catalog"
import { getGuide } from "./guide"
import { regionForCountry, type Region } from "./regions"
import type { Store } from "../util/store"

export type ShopPageData = { region: Region; listing: CatalogListing; stepSection: GuideSection | null }

/**
 * What a shop page shows: the cached listing for these filters and, when they pick one step, that
 * step's section of the guide (its description). Null for an unknown country.
 */
export async function loadShopPage(store: Store, filters: ShopParams): Promise<ShopPageData | null> {
  const region = await regionForCountry(store.country)
  if (!region) return null
  const step = singleStep(filters)
  const [listing, guide] = await Promise.all([
    listCatalog(filters, region, store.locale),
    step ? getGuide(PORE_CARE_GUIDE, region, store.locale) : null,
  ])
  const stepSection = guide?.sections.find((s) => s.kind === "step" && s.category?.handle === step) ?? null
  return { region, listing, stepSection }
}
