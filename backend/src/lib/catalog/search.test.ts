import { describe, expect, it } from "vitest"
import { matchesFilters, relevance, searchCatalog, tokenize, vocabularyWords, type CatalogEntry } from "./search"

function entry(partial: Partial<CatalogEntry> & { handle: string }): CatalogEntry {
  return {
    id: partial.handle,
    title: partial.handle,
    subtitle: null,
    description: null,
    thumbnail: null,
    created_at: "2026-01-01T00:00:00.000Z",
    is_bundle: false,
    step: "cleanse",
    product_type: null,
    key_ingredients: [],
    inci: "",
    vocabulary: "",
    skin_types: [],
    concerns: [],
    pregnancy_safe: true,
    fragrance_free: true,
    price: 10,
    in_stock: true,
    ...partial,
  }
}

const oil = entry({
  handle: "oil",
  title: "Pore Clarity Cleansing Oil",
  key_ingredients: ["Squalane"],
  concerns: ["blackheads"],
  skin_types: ["oily"],
  price: 24.9,
  created_at: "2026-01-02T00:00:00.000Z",
})
const bha = entry({
  handle: "bha",
  title: "2% BHA Liquid",
  step: "exfoliate",
  key_ingredients: ["Salicylic acid"],
  inci: "Aqua, Salicylic Acid",
  concerns: ["visible-pores"],
  skin_types: ["oily", "combination"],
  price: 14.9,
})
const retinol = entry({
  handle: "retinol",
  title: "Retinol Night Cream",
  step: "treat",
  key_ingredients: ["Retinol"],
  pregnancy_safe: false,
  fragrance_free: false,
  price: 42.9,
  created_at: "2026-01-03T00:00:00.000Z",
})
const set = entry({ handle: "set", title: "Double Cleanse Set", is_bundle: true, price: 39.9 })
const all = [oil, bha, retinol, set]

describe("tokenize", () => {
  it("lower-cases, strips accents and keeps percentages", () => {
    expect(tokenize("Crème 2% BHA, niacinamide!")).toEqual(["creme", "2%", "bha", "niacinamide"])
  })
})

describe("relevance", () => {
  it("matches word prefixes across name, ingredients and concerns, the name weighing most", () => {
    expect(relevance(oil, "cleansing")).toBeGreaterThan(relevance(oil, "squalane"))
    expect(relevance(oil, "cleans")).toBeGreaterThan(0)
    expect(relevance(bha, "salicylic")).toBeGreaterThan(0)
    expect(relevance(oil, "blackhead")).toBeGreaterThan(0)
  })

  it("needs every word of the query", () => {
    expect(relevance(oil, "cleansing retinol")).toBe(0)
  })

  it("finds a product by its concerns and step in the shopper's language", () => {
    const coded = { concerns: ["visible-pores"], skin_types: ["oily"], actives: [{ code: "bha" }], step: "exfoliate" }
    const german = entry({ handle: "toner", ...coded, vocabulary: vocabularyWords(coded, "de-DE") })
    const french = entry({ handle: "toner", ...coded, vocabulary: vocabularyWords(coded, "fr-FR") })
    expect(relevance(german, "Poren")).toBeGreaterThan(0)
    expect(relevance(german, "fettig")).toBeGreaterThan(0)
    expect(relevance(german, "trocken")).toBe(0)
    expect(relevance(german, "salicylsäure peelen")).toBeGreaterThan(0)
    expect(relevance(french, "pores visibles")).toBeGreaterThan(0)
    expect(relevance(french, "Poren")).toBe(0)
  })
})

describe("searchCatalog", () => {
  it("leaves bundles out unless asked", () => {
    expect(searchCatalog(all, {}, "relevance").map((e) => e.handle)).not.toContain("set")
    expect(searchCatalog(all, { include_bundles: true }, "relevance").map((e) => e.handle)).toContain("set")
  })

  it("combines filters: step, skin type, pregnancy-safe, fragrance-free, ingredient", () => {
    expect(searchCatalog(all, { step: ["exfoliate"] }, "relevance").map((e) => e.handle)).toEqual(["bha"])
    expect(searchCatalog(all, { skin_type: ["combination"] }, "relevance").map((e) => e.handle)).toEqual(["bha"])
    expect(searchCatalog(all, { pregnancy_safe: true }, "relevance").map((e) => e.handle)).not.toContain("retinol")
    expect(searchCatalog(all, { fragrance_free: false }, "relevance").map((e) => e.handle)).toEqual(["retinol"])
    expect(searchCatalog(all, { ingredient: ["salicylic"] }, "relevance").map((e) => e.handle)).toEqual(["bha"])
    expect(searchCatalog(all, { q: "oil", skin_type: ["combination"] }, "relevance")).toEqual([])
  })

  it("sorts by price both ways and by newest", () => {
    expect(searchCatalog(all, {}, "price_asc").map((e) => e.handle)).toEqual(["bha", "oil", "retinol"])
    expect(searchCatalog(all, {}, "price_desc").map((e) => e.handle)).toEqual(["retinol", "oil", "bha"])
    expect(searchCatalog(all, {}, "newest").map((e) => e.handle)).toEqual(["retinol", "oil", "bha"])
  })

  it("keeps products without a price in the region last", () => {
    const unpriced = entry({ handle: "unpriced", price: null })
    expect(searchCatalog([unpriced, oil], {}, "price_asc").map((e) => e.handle)).toEqual(["oil", "unpriced"])
  })

  it("matches a product on a filter only when the product says so", () => {
    expect(matchesFilters(entry({ handle: "x", pregnancy_safe: null }), { pregnancy_safe: true })).toBe(false)
  })
})
