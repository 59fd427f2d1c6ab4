import { describe, expect, it } from "vitest"
import { regionByName, store } from "../support/api"

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

describe("GET /store/catalog filters", () => {
  it("lists every product but the bundles by default, priced for the region", async () => {
    const all = await ok("limit=100")
    expect(all.count).toBeGreaterThanOrEqual(24)
    expect(all.products.some((p) => p.is_bundle)).toBe(false)
    expect(all.products.every((p) => p.price! > 0)).toBe(true)
    const withSets = await ok("limit=100&include_bundles=true")
    expect(withSets.count).toBe(all.count + 7)
  })

  it.each([
    ["step=exfoliate", (p: Card) => p.step === "exfoliate"],
    ["skin_type=sensitive", (p: Card) => p.skin_types.includes("sensitive")],
    ["concern=blackheads", (p: Card) => p.concerns.includes("blackheads")],
    ["pregnancy_safe=true", (p: Card) => p.pregnancy_safe === true],
    ["pregnancy_safe=false", (p: Card) => p.pregnancy_safe === false],
    ["fragrance_free=false", (p: Card) => p.fragrance_free === false],
    ["ingredient=niacinamide", (p: Card) => p.key_ingredients.some((i) => /niacinamide/i.test(i))],
  ])("%s keeps only the products it names", async (query, predicate) => {
    const body = await ok(`${query}&limit=100`)
    expect(body.count).toBeGreaterThan(0)
    expect(body.products.every(predicate)).toBe(true)
  })

  it("combines filters: every product matches all of them", async () => {
    const body = await ok("step=treat&pregnancy_safe=true&limit=100")
    expect(body.count).toBeGreaterThan(0)
    expect(body.products.every((p) => p.step === "treat" && p.pregnancy_safe)).toBe(true)
    const retinolFree = body.products.map((p) => p.title).join(" ")
    expect(retinolFree).not.toMatch(/retinol/i)
  })

  it("accepts lists as a,b or repeated parameters", async () => {
    const commas = await ok("step=cleanse,mask&limit=100")
    const repeated = await ok("step=cleanse&step=mask&limit=100")
    expect(new Set(commas.products.map((p) => p.step))).toEqual(new Set(["cleanse", "mask"]))
    expect(repeated.count).toBe(commas.count)
  })
})

describe("GET /store/catalog search", () => {
  it("finds products by name, by ingredient and by concern", async () => {
    expect((await ok("q=cleansing oil")).products[0].title).toMatch(/Cleansing Oil/)
    const salicylic = await ok("q=salicylic")
    expect(salicylic.count).toBeGreaterThan(0)
    expect(salicylic.products[0].key_ingredients.join(" ")).toMatch(/salicylic/i)
    const blackheads = await ok("q=blackheads")
    expect(blackheads.count).toBeGreaterThan(0)
    expect(blackheads.products[0].concerns).toContain("blackheads")
  })

  it("combines the search with the filters", async () => {
    const body = await ok("q=niacinamide&step=treat")
    expect(body.count).toBeGreaterThan(0)
    expect(body.products.every((p) => p.step === "treat")).toBe(true)
  })

  it("answers no results with suggestions instead of an empty page", async () => {
    const filtered = await ok("q=clay&step=protect")
    expect(filtered.count).toBe(0)
    expect(filtered.suggestions?.without_filters).toBeGreaterThan(0)
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
    expect(us.products[0].handle).toBe(eu.products[0].handle)
    expect(us.products[0].price).not.toBe(eu.products[0].price)
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
