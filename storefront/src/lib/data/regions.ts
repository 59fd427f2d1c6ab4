import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS } from "@lacremeluxe/shared"
import { medusa } from "./medusa"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

export type Region = {
  id: string
  name: string
  currencyCode: string
  countries: string[]
}

async function listRegions(): Promise<Region[]> {
  const { regions } = await medusa().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries" },
    next: { tags: [CACHE_TAGS.regions], revalidate: PUBLIC_REVALIDATE_SECONDS },
    cache: "force-cache",
  })
  return regions.map((region) => ({
    id: region.id,
    name: region.name,
    currencyCode: region.currency_code,
    countries: (region.countries ?? []).map((c) => c.iso_2 ?? "").filter(Boolean),
  }))
}

/** The region that sells to this country, or undefined for a country the store does not ship to. */
export async function regionForCountry(countryCode: string): Promise<Region | undefined> {
  const regions = await listRegions()
  return regions.find((region) => region.countries.includes(countryCode.toLowerCase()))
}
