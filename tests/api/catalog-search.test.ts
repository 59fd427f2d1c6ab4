import { beforeAll, describe, expect, it } from "vitest"
import { regionByName, store } from "../support/api"
import { handles, type SeededProduct, seededCatalog } from "../support/seed"

type Card = {
  handle: string
  title: string
  step: string | null
  price: number | null
  skin_types: string[]
  concerns: string[]
  key_ingredients: string[]
  pregnancy_safe: boolean | null
  fragrance_free: boolean | null
  is_bundle: boolean
  created_at: string
}
type Listing = {
  products: Card[]
  count: number
  offset: number
  limit: number
  facets: Record<string, Record<string, number>>
  suggestions?: { without_filters: number; steps: { handle: string; name: string }[] }
}

async function catalog(query: string, regionName = "Europe") {
  const region = await regionByName(regionName)
  return store<Listing>(`/store/catalog?region_id=${region.id}${query ? `&${query}` : ""}`)
}

async function ok(query: string, regionName?: string) {
  const { status, body } = await catalog(query, regionName)
  expect(status, JSON.stringify(body)).toBe(200)
  return body
}

let seeded: Awaited<ReturnType<typeof seededCatalog>>
beforeAll(async () => {
  seeded = await seededCatalog()
})

/** The seeded products a rule keeps: what a listing must show, exactly. */
const seededWhere = (rule: (p: SeededProduct) => boolean) => handles(seeded.products.filter(rule))

/** Seeded products with a word starting with `word` in the text search reads (name to INCI list). */
const seededMentioning = (word: string) =>
  seededWhere((p) =>
    new RegExp(`\\b${word}`, "i").test(
      [
        p.title,
        p.product_type,
        ...p.skincare.key_ingredients,
        ...p.skincare.concerns,
        p.subtitle,
        p.step,
        p.description,
        p.skincare.inci,
      ].join(" ")
    )
  )

describe("GET /store/catalog filters", () => {
  it("lists every product but the bundles by default, priced for the region", async () => {
    const all = await ok("limit=100")
    expect(all.count).toBe(seeded.products.length)
    expect(handles(all.products)).toEqual(handles(seeded.products))
    const eur = new Map(seeded.products.map((p) => [p.handle, Math.min(...p.variants.map((v) => v.prices.eur))]))
    expect(all.products.map((p) => [p.handle, p.price])).toEqual(all.products.map((p) => [p.handle, eur.get(p.handle)]))
    const withSets = await ok("limit=100&include_bundles=true")
    expect(handles(withSets.products)).toEqual(handles([...seeded.products, ...seeded.bundles]))
  })

  it.each([
    ["step=exfoliate", (p: SeededProduct) => p.step === "exfoliate"],
    ["skin_type=sensitive", (p: SeededProduct) => p.skincare.skin_types.includes("sensitive")],
    ["concern=blackheads", (p: SeededProduct) => p.skincare.concerns.includes("blackheads")],
    ["pregnancy_safe=true", (p: SeededProduct) => p.skincare.pregnancy_safe],
    ["pregnancy_safe=false", (p: SeededProduct) => !p.skincare.pregnancy_safe],
    ["fragrance_free=false", (p: SeededProduct) => !p.skincare.fragrance_free],
    [
      "ingredient=niacinamide",
      (p: SeededProduct) => /niacinamide/i.test([...p.skincare.key_ingredients, p.skincare.inci].join(" ")),
    ],
  ])("%s keeps exactly the seeded products it names", async (query, rule) => {
    const body = await ok(`${query}&limit=100`)
    const expected = seededWhere(rule)
    expect(expected.length).toBeGreaterThan(0) // the seed has products of each kind, so the filter is exercised
    expect(handles(body.products)).toEqual(expected)
    expect(body.count).toBe(expected.length)
  })

  it("combines filters: exactly the products that match all of them", async () => {
    const body = await ok("step=treat&pregnancy_safe=true&limit=100")
    expect(handles(body.products)).toEqual(seededWhere((p) => p.step === "treat" && p.skincare.pregnancy_safe))
    expect(body.products.map((p) => p.title).join(" ")).not.toMatch(/retinol/i)
  })

  it("accepts lists as a,b or repeated parameters", async () => {
    const commas = await ok("step=cleanse,mask&limit=100")
    const repeated = await ok("step=cleanse&step=mask&limit=100")
    const expected = seededWhere((p) => p.step === "cleanse" || p.step === "mask")
    expect(handles(commas.products)).toEqual(expected)
    expect(handles(repeated.products)).toEqual(expected)
  })
})

describe("GET /store/catalog search", () => {
  it("finds products by name, by ingredient and by concern", async () => {
    expect((await ok("q=cleansing oil")).products[0].title).toMatch(/Cleansing Oil/)
    const salicylic = await ok("q=salicylic&limit=100")
    expect(handles(salicylic.products)).toEqual(seededMentioning("salicylic"))
    expect(salicylic.products[0].key_ingredients.join(" ")).toMatch(/salicylic/i)
    const blackheads = await ok("q=blackheads&limit=100")
    expect(handles(blackheads.products)).toEqual(seededMentioning("blackheads"))
    expect(blackheads.products[0].concerns).toContain("blackheads")
  })

  it("combines the search with the filters", async () => {
    const body = await ok("q=niacinamide&step=treat&limit=100")
    const expected = seededMentioning("niacinamide").filter((handle) =>
      seededWhere((p) => p.step === "treat").includes(handle)
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(handles(body.products)).toEqual(expected)
  })

  it("answers no results with suggestions instead of an empty page", async () => {
    const filtered = await ok("q=clay&step=protect")
    expect(filtered.count).toBe(0)
    expect(filtered.suggestions?.without_filters).toBe(seededMentioning("clay").length)
    const fitting = await ok("q=mask zzzzqqq")
    expect(fitting.count).toBe(0)
    expect(fitting.suggestions?.steps.map((s) => s.handle)).toEqual(["mask"])
    const nothing = await ok("q=zzzzqqq")
    expect(nothing.count).toBe(0)
    expect(nothing.suggestions?.steps.map((s) => s.handle)).toEqual([
      "cleanse",
      "exfoliate",
      "hydrate",
      "treat",
      "mask",
      "protect",
    ])
  })
})

describe("GET /store/catalog sorting and paging", () => {
  it("sorts by price ascending and descending, and by newest", async () => {
    const asc = (await ok("sort=price_asc&limit=100")).products.map((p) => p.price!)
    expect(asc).toEqual([...asc].sort((a, b) => a - b))
    const desc = (await ok("sort=price_desc&limit=100")).products.map((p) => p.price!)
    expect(desc).toEqual([...desc].sort((a, b) => b - a))
    const newest = (await ok("sort=newest&limit=100")).products.map((p) => p.created_at)
    expect(newest).toEqual([...newest].sort().reverse())
  })

  it("pages with limit and offset without losing or repeating a product", async () => {
    const all = (await ok("sort=price_asc&limit=100")).products.map((p) => p.handle)
    const first = await ok("sort=price_asc&limit=10&offset=0")
    const second = await ok("sort=price_asc&limit=10&offset=10")
    expect(first.count).toBe(all.length)
    expect([...first.products, ...second.products].map((p) => p.handle)).toEqual(all.slice(0, 20))
  })

  it("prices in USD for the United States", async () => {
    const us = await ok("q=cleansing oil", "United States")
    const eu = await ok("q=cleansing oil")
    const oil = seeded.products.find((p) => p.handle === eu.products[0].handle)!
    expect(us.products[0].handle).toBe(oil.handle)
    expect([eu.products[0].price, us.products[0].price]).toEqual([
      oil.variants[0].prices.eur,
      oil.variants[0].prices.usd,
    ])
  })
})

describe("GET /store/catalog refuses bad parameters with a clear 400", () => {
  it.each([
    ["skin_type=greasy", /Unknown skin type "greasy"/],
    ["concern=wrinkles", /Unknown concern "wrinkles"/],
    ["pregnancy_safe=maybe", /'true, false' for field 'pregnancy_safe', but got: 'maybe'/],
    ["sort=cheapest", /'relevance, price_asc, price_desc, newest' for field 'sort', but got: 'cheapest'/],
    ["limit=0", /limit must be between 1 and 100/],
    // Not a whole number at all: refused before the route, as on every route (hostile input).
    ["limit=abc", /"limit" must be a whole number from 0 to/],
    ["offset=-1", /"offset" must be a whole number from 0 to/],
    [`q=${"x".repeat(101)}`, /field 'q' too big, expected at most: '100'/],
  ])("%s", async (query, message) => {
    const { status, body } = await catalog(query)
    expect(status).toBe(400)
    expect((body as unknown as { message: string }).message).toMatch(message)
  })

  it("needs a region", async () => {
    const { status, body } = await store("/store/catalog")
    expect(status).toBe(400)
    expect(body.message).toMatch(/region_id/)
  })
})
