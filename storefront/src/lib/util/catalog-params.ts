/**
 * The shop's filters as they live in the URL (shareable, back-button friendly). Pure: used by the
 * shop page, its filter form and the search box.
 */
import { CATALOG_SORTS, CONCERNS, SKIN_TYPES, type CatalogSort } from "@lacremeluxe/shared"

const SORT_LABELS: Record<CatalogSort, string> = {
  relevance: "Best match",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  newest: "Newest",
}

export const SORTS = CATALOG_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }))

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
    q: one(raw.q)?.slice(0, 100),
    step: many(raw.step),
    ingredient: one(raw.ingredient)?.slice(0, 60),
    skin_type: many(raw.skin_type).filter((v) => (SKIN_TYPES as readonly string[]).includes(v)),
    concern: many(raw.concern).filter((v) => (CONCERNS as readonly string[]).includes(v)),
    pregnancy_safe: one(raw.pregnancy_safe) === "true" ? "true" : undefined,
    fragrance_free: one(raw.fragrance_free) === "true" ? "true" : undefined,
    sort: SORTS.some((s) => s.value === sort) ? sort! : "relevance",
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

/** The shop URL for these params, with only what is set, in a stable order. */
export function shopHref(countryCode: string, params: Partial<ShopParams>): string {
  const search = new URLSearchParams()
  if (params.q) search.set("q", params.q)
  for (const step of params.step ?? []) search.append("step", step)
  if (params.ingredient) search.set("ingredient", params.ingredient)
  for (const value of params.skin_type ?? []) search.append("skin_type", value)
  for (const value of params.concern ?? []) search.append("concern", value)
  if (params.pregnancy_safe) search.set("pregnancy_safe", "true")
  if (params.fragrance_free) search.set("fragrance_free", "true")
  if (params.sort && params.sort !== "relevance") search.set("sort", params.sort)
  if (params.page && params.page > 1) search.set("page", String(params.page))
  const query = search.toString()
  return `/${countryCode}/shop${query ? `?${query}` : ""}`
}
