/**
 * The shop's filters as they live in the URL (shareable, back-button friendly). Pure: used by the
 * shop page, its filter form and the search box.
 */
import {
  CATALOG_SORTS,
  CONCERNS,
  SKIN_TYPES,
  parseStorePath,
  STEP_HANDLES,
  storePath,
  type CatalogSort,
  type StepHandle,
} from "@lacremeluxe/shared"
import { links } from "./links"

export type ShopParams = {
  q?: string
  step: string[]
  ingredient?: string
  skin_type: string[]
  concern: string[]
  pregnancy_safe?: "true"
  fragrance_free?: "true"
  sort: string
  page: number
}

export const PAGE_SIZE = 24

type Raw = Record<string, string | string[] | undefined>

const many = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(",")).filter(Boolean)
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

export function parseShopParams(raw: Raw): ShopParams {
  const sort = one(raw.sort)
  const page = Number(one(raw.page) ?? 1)
  return {
    q: one(raw.q)?.slice(0, 100).trim(),
    step: many(raw.step),
    ingredient: one(raw.ingredient)?.slice(0, 60).trim(),
    skin_type: many(raw.skin_type).filter((v) => (SKIN_TYPES as readonly string[]).includes(v)),
    concern: many(raw.concern).filter((v) => (CONCERNS as readonly string[]).includes(v)),
    pregnancy_safe: one(raw.pregnancy_safe) === "true" ? "true" : undefined,
    fragrance_free: one(raw.fragrance_free) === "true" ? "true" : undefined,
    sort: (CATALOG_SORTS as readonly string[]).includes(sort ?? "") ? (sort as CatalogSort) : "relevance",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** The backend query for these params (without the region). */
export function catalogQuery(params: ShopParams): Record<string, string | number> {
  const query: Record<string, string | number> = {
    sort: params.sort,
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
  }
  if (params.q) query.q = params.q
  if (params.step.length) query.step = params.step.join(",")
  if (params.ingredient) query.ingredient = params.ingredient
  if (params.skin_type.length) query.skin_type = params.skin_type.join(",")
  if (params.concern.length) query.concern = params.concern.join(",")
  if (params.pregnancy_safe) query.pregnancy_safe = "true"
  if (params.fragrance_free) query.fragrance_free = "true"
  return query
}

/** The one step these params pick, when they pick exactly one known step: it has a page of its own. */
export function singleStep(params: Partial<ShopParams>): StepHandle | undefined {
  const [step, ...more] = params.step ?? []
  return !more.length && (STEP_HANDLES as readonly string[]).includes(step) ? (step as StepHandle) : undefined
}

/** The query for these params: only what is set, in a stable order (steps only when `withSteps`). */
function shopQuery(params: Partial<ShopParams>, withSteps: boolean): string {
  const search = new URLSearchParams()
  if (params.q) search.set("q", params.q)
  if (withSteps) for (const value of params.step ?? []) search.append("step", value)
  if (params.ingredient) search.set("ingredient", params.ingredient)
  for (const value of params.skin_type ?? []) search.append("skin_type", value)
  for (const value of params.concern ?? []) search.append("concern", value)
  if (params.pregnancy_safe) search.set("pregnancy_safe", "true")
  if (params.fragrance_free) search.set("fragrance_free", "true")
  if (params.sort && params.sort !== "relevance") search.set("sort", params.sort)
  if (params.page && params.page > 1) search.set("page", String(params.page))
  return search.toString()
}

/**
 * The shop URL for these params, with only what is set, in a stable order. One step alone is the
 * step's page (`/de/shop/cleanse?…`); several steps stay in the query.
 */
export function shopHref(store: string, params: Partial<ShopParams>): string {
  const step = singleStep(params)
  const query = shopQuery(params, !step)
  const path = step ? links.shopStep(store, step) : `/${store}/shop`
  return `${path}${query ? `?${query}` : ""}`
}

/** A URL's query as the record parseShopParams reads (repeated names kept as lists). */
export function rawFromSearch(search: URLSearchParams): Raw {
  const raw: Record<string, string[]> = {}
  for (const [name, value] of search) (raw[name] ??= []).push(value)
  return raw
}

/** Where filtered shop requests render: one cached page per filter combination (see src/proxy.ts). */
export const FILTERED_SHOP_SEGMENT = "filter"

/**
 * A filter combination as one path segment (the filtered page's address, and its cache key): its
 * query in a stable order, base64url-encoded, so any search text makes a safe segment. Runs in
 * the proxy, on the server and in the browser (no Buffer).
 */
export function filterSegment(params: ShopParams): string {
  let binary = ""
  for (const byte of new TextEncoder().encode(shopQuery(params, true))) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

/** The filters of a segment made by filterSegment; null for any other segment. */
export function filtersOfSegment(segment: string): ShopParams | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(segment)) return null
  try {
    const binary = atob(segment.replace(/-/g, "+").replace(/_/g, "/"))
    const query = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    const params = parseShopParams(rawFromSearch(new URLSearchParams(query)))
    return filterSegment(params) === segment ? params : null
  } catch {
    return null
  }
}

/**
 * What the proxy does with a shop address: the unfiltered shop and step pages are static and pass
 * through; the old `/shop?step=cleanse` redirects (308) to `/shop/cleanse`, keeping the rest of
 * the query; filters and search are rewritten to the cached page of their combination (the step
 * of the path among them). A query that picks nothing more than the page passes through.
 */
export function shopRouting(
  pathname: string,
  search: URLSearchParams
): { redirect: string } | { rewrite: string } | null {
  const match = /^\/([a-z]{2}(?:\/[a-z]{2})?)\/shop(?:\/([a-z0-9-]+))?\/?$/.exec(pathname)
  if (!match || !search.size || match[2] === FILTERED_SHOP_SEGMENT) return null
  const [, prefix, pathStep] = match
  const store = parseStorePath(prefix)
  if (!store) return null
  const raw = rawFromSearch(search)
  if (!pathStep) {
    const step = singleStep(parseShopParams(raw))
    if (step) {
      const rest = new URLSearchParams(search)
      rest.delete("step")
      const query = rest.toString()
      return { redirect: `${links.shopStep(storePath(store), step)}${query ? `?${query}` : ""}` }
    }
  }
  const filters = parseShopParams(pathStep ? { ...raw, step: pathStep } : raw)
  const page = pathStep ? [pathStep] : []
  if (shopQuery(filters, true) === shopQuery({ step: page }, true)) return null
  // Rewrites go to the internal path (country and language, /de/de/…): the one the pages live under.
  return { rewrite: `/${store.country}/${store.language}/shop/${FILTERED_SHOP_SEGMENT}/${filterSegment(filters)}` }
}
