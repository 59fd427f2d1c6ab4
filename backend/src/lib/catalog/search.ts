/**
 * Filtering, search and sorting of the catalog for the shop's listing pages. Pure: the route
 * loads the catalog (a few dozen products), this decides what matches. Unit-tested.
 */
import {
  VOCABULARY_LABELS,
  type CatalogCard,
  type CatalogFacets,
  type CatalogSort,
  type Locale,
} from "@lacremeluxe/shared"

/** A catalog product as searched: its listing card, and the text only search reads. */
export type CatalogEntry = CatalogCard & {
  description: string | null
  inci: string
  /** Its concerns, skin types, actives and step in the shopper's language (see vocabularyWords). */
  vocabulary: string
}

type Coded = Pick<CatalogCard, "concerns" | "skin_types" | "step"> & { actives?: { code: string }[] | null }

/**
 * What a product's vocabulary codes are called in the shopper's language, from the one label table
 * (@lacremeluxe/shared): a German shopper's "Poren" finds what "pores" finds.
 */
export function vocabularyWords(product: Coded, locale: Locale): string {
  const labels = VOCABULARY_LABELS[locale]
  const label = (table: Record<string, string>, code: string) => table[code] ?? ""
  return [
    ...product.concerns.map((code) => label(labels.concerns, code)),
    ...product.skin_types.map((code) => label(labels.skin_types, code)),
    ...(product.actives ?? []).map((active) => label(labels.actives, active.code)),
    product.step ? label(labels.steps, product.step) : "",
  ]
    .filter(Boolean)
    .join(" ")
}

export type CatalogFilters = {
  q?: string
  step?: string[]
  ingredient?: string[]
  skin_type?: string[]
  concern?: string[]
  pregnancy_safe?: boolean
  fragrance_free?: boolean
  include_bundles?: boolean
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")

export function tokenize(text: string): string[] {
  return normalise(text)
    .split(/[^a-z0-9%.]+/)
    .map((token) => token.replace(/^\.+|\.+$/g, ""))
    .filter((token) => token.length > 1)
}

/** Where a word was found weighs how well a product matches: its name most, its INCI list least. */
function fields(entry: CatalogEntry): [string[], number][] {
  return [
    [tokenize(`${entry.title} ${entry.product_type ?? ""}`), 8],
    [tokenize(entry.key_ingredients.join(" ")), 6],
    [tokenize(`${entry.concerns.join(" ")} ${entry.vocabulary}`), 5],
    [tokenize(`${entry.subtitle ?? ""} ${entry.step ?? ""}`), 3],
    [tokenize(entry.description ?? ""), 2],
    [tokenize(entry.inci), 1],
  ]
}

/** Every word of the query must match (as a word prefix) somewhere; the score ranks the matches. */
export function relevance(entry: CatalogEntry, query: string): number {
  const words = tokenize(query)
  if (!words.length) {
    return 0
  }
  const weighted = fields(entry)
  let score = 0
  for (const word of words) {
    let best = 0
    for (const [tokens, weight] of weighted) {
      for (const token of tokens) {
        if (token === word) {
          best = Math.max(best, weight * 2)
        } else if (token.startsWith(word) || (word.length > 4 && word.startsWith(token) && token.length >= 4)) {
          best = Math.max(best, weight)
        }
      }
    }
    if (!best) {
      return 0
    }
    score += best
  }
  return score
}

const anyOf = (wanted: string[] | undefined, values: string[]) =>
  !wanted?.length || wanted.some((value) => values.includes(value))

const ingredientMatches = (wanted: string[] | undefined, entry: CatalogEntry) =>
  !wanted?.length ||
  wanted.some((ingredient) => {
    const needle = normalise(ingredient)
    return (
      entry.key_ingredients.some((name) => normalise(name).includes(needle)) || normalise(entry.inci).includes(needle)
    )
  })

export function matchesFilters(entry: CatalogEntry, filters: CatalogFilters): boolean {
  return (
    (filters.include_bundles || !entry.is_bundle) &&
    (!filters.step?.length || (entry.step !== null && filters.step.includes(entry.step))) &&
    ingredientMatches(filters.ingredient, entry) &&
    anyOf(filters.skin_type, entry.skin_types) &&
    anyOf(filters.concern, entry.concerns) &&
    (filters.pregnancy_safe === undefined || entry.pregnancy_safe === filters.pregnancy_safe) &&
    (filters.fragrance_free === undefined || entry.fragrance_free === filters.fragrance_free)
  )
}

const byPrice = (direction: 1 | -1) => (a: CatalogEntry, b: CatalogEntry) =>
  a.price === null ? 1 : b.price === null ? -1 : direction * (a.price - b.price) || a.title.localeCompare(b.title)

export function searchCatalog(
  entries: CatalogEntry[],
  filters: CatalogFilters,
  sort: CatalogSort
): (CatalogEntry & { score: number })[] {
  const query = filters.q?.trim() ?? ""
  const scored = entries
    .filter((entry) => matchesFilters(entry, filters))
    .map((entry) => ({ ...entry, score: query ? relevance(entry, query) : 0 }))
    .filter((entry) => !query || entry.score > 0)
  const order: Record<
    CatalogSort,
    (a: CatalogEntry & { score: number }, b: CatalogEntry & { score: number }) => number
  > = {
    relevance: (a, b) => b.score - a.score || a.title.localeCompare(b.title),
    price_asc: byPrice(1),
    price_desc: byPrice(-1),
    newest: (a, b) => b.created_at.localeCompare(a.created_at) || a.title.localeCompare(b.title),
  }
  return scored.sort(order[sort])
}

/** What the shopper can narrow by next: each facet value with how many results it would keep. */
export function facetCounts(entries: CatalogEntry[]): CatalogFacets {
  const count = (values: string[]) =>
    values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {})
  return {
    step: count(entries.flatMap((e) => (e.step ? [e.step] : []))),
    skin_type: count(entries.flatMap((e) => e.skin_types)),
    concern: count(entries.flatMap((e) => e.concerns)),
    ingredient: count(entries.flatMap((e) => e.key_ingredients)),
  }
}
