import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { CACHE_TAGS, type CatalogListing } from "@lacremeluxe/shared"
import { catalogQuery, type ShopParams } from "../util/catalog-params"
import { inLocale, medusa } from "./medusa"
import type { Region } from "./regions"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

/** A page of the shop, in the locale's listing; each distinct filter combination is cached like a public page. */
export async function listCatalog(params: ShopParams, region: Region, locale: string): Promise<CatalogListing> {
  try {
    return await medusa().client.fetch<CatalogListing>("/store/catalog", {
      query: { region_id: region.id, ...catalogQuery(params) },
      // The backend matches the search words in this language too ("Poren" finds what "pores" finds).
      headers: inLocale(locale),
      next: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.listings], revalidate: PUBLIC_REVALIDATE_SECONDS },
      cache: "force-cache",
    })
  } catch (error) {
    const retryable = Boolean(params.q || params.ingredient || params.page > 1)
    if (error instanceof FetchError && error.status === 400 && retryable) {
      // Hand-edited URLs with impossible values: show everything rather than an error page.
      return listCatalog({ ...params, q: undefined, ingredient: undefined, page: 1 }, region, locale)
    }
    throw error
  }
}
