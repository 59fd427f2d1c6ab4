import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { CatalogListing } from "@lacremeluxe/shared"
import { localeOf } from "../../../lib/http/locale"
import { salesChannelOf } from "../../../lib/http/sales-channel"
import { loadCatalog } from "../../../lib/catalog/load-catalog"
import { facetCounts, searchCatalog, tokenize } from "../../../lib/catalog/search"
import type { StoreCatalogQueryType } from "./validators"

/**
 * GET /store/catalog — the shop's listing: search (names, ingredients, concerns) combined with
 * filters (step, key ingredient, skin type, concern, pregnancy-safe, fragrance-free), sorted and
 * paged, priced for the region. With no results it suggests what to do instead.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreCatalogQueryType>, res: MedusaResponse) {
  const { region_id, sort, limit, offset, ...filters } = req.validatedQuery as StoreCatalogQueryType
  const { entries, steps } = await loadCatalog(req.scope, {
    regionId: region_id,
    salesChannelId: salesChannelOf(req),
    locale: localeOf(req),
  })
  const matches = searchCatalog(entries, filters, sort)
  const page = matches.slice(offset, offset + limit).map(({ score, description, inci, vocabulary, ...card }) => card)

  let suggestions: CatalogListing["suggestions"]
  if (!matches.length) {
    const withoutFilters = filters.q ? searchCatalog(entries, { q: filters.q }, "relevance").length : 0
    const words = tokenize(filters.q ?? "")
    const fitting = steps.filter((step) => {
      const text = tokenize(`${step.name} ${step.description}`)
      return words.some((word) => text.some((token) => token.startsWith(word) || word.startsWith(token.slice(0, 5))))
    })
    suggestions = {
      without_filters: withoutFilters,
      steps: (fitting.length ? fitting : steps).map(({ handle, name }) => ({ handle, name })),
    }
  }

  const listing: CatalogListing = {
    products: page,
    count: matches.length,
    offset,
    limit,
    facets: facetCounts(matches),
    steps: steps.map(({ handle, name }) => ({ handle, name })),
    suggestions,
  }
  res.json(listing)
}
