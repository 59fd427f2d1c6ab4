import { describe, expect, it } from "vitest"
import { catalogQuery, filtersOfSegment, parseShopParams, shopHref, shopRouting } from "./catalog-params"

describe("shop params", () => {
  it("reads repeated and comma-separated filters, and drops unknown values", () => {
    const params = parseShopParams({ step: ["cleanse", "mask"], skin_type: "oily,greasy", sort: "cheap", page: "0" })
    expect(params.step).toEqual(["cleanse", "mask"])
    expect(params.skin_type).toEqual(["oily"])
    expect(params.sort).toBe("relevance")
    expect(params.page).toBe(1)
  })

  it("round-trips through the URL", () => {
    const params = parseShopParams({ q: "clay", step: "mask", pregnancy_safe: "true", sort: "price_asc", page: "2" })
    const href = shopHref("de", params)
    expect(href).toBe("/de/shop/mask?q=clay&pregnancy_safe=true&sort=price_asc&page=2")
    const url = new URL(href, "http://x")
    const routed = shopRouting(url.pathname, url.searchParams) as { rewrite: string }
    const [, , , , segment, filters] = routed.rewrite.split("/")
    expect(segment).toBe("filter")
    expect(filtersOfSegment(filters)).toEqual(params)
  })

  it("gives every filter combination one cached address, whatever the order or extra parameters", () => {
    const route = (address: string) => {
      const url = new URL(address, "http://x")
      return shopRouting(url.pathname, url.searchParams)
    }
    const one = route("/de/shop/cleanse?fragrance_free=true&concern=blackheads")
    expect(route("/de/shop/cleanse?concern=blackheads&utm_source=mail&fragrance_free=true")).toEqual(one)
    expect(route("/de/shop?step=cleanse,mask&q=clay")).toEqual(route("/de/shop?q=clay&step=cleanse&step=mask"))
    expect(route("/de/shop/cleanse?fragrance_free=true")).not.toEqual(one)
    // A query that picks nothing more than the page itself leaves the static page.
    expect(route("/de/shop?utm_source=mail&sort=relevance")).toBeNull()
    expect(route("/de/shop/cleanse?step=cleanse")).toBeNull()
  })

  it("reads back only the segments it writes, any search text included", () => {
    const params = parseShopParams({ q: "Niacinamid 10 % / Zink & “Tonerde”", concern: "blackheads" })
    const url = new URL(shopHref("de", params), "http://x")
    const { rewrite } = shopRouting(url.pathname, url.searchParams) as { rewrite: string }
    const segment = rewrite.split("/").pop()!
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(filtersOfSegment(segment)).toEqual(params)
    expect(filtersOfSegment("not-a-filter")).toBeNull()
    expect(filtersOfSegment(`${segment}A`)).toBeNull()
  })

  it("gives one step its own page, and several steps the query", () => {
    expect(shopHref("de", { step: ["cleanse"] })).toBe("/de/shop/cleanse")
    expect(shopHref("de", { step: ["cleanse", "mask"] })).toBe("/de/shop?step=cleanse&step=mask")
    expect(shopHref("de", { step: ["nonsense"] })).toBe("/de/shop?step=nonsense")
  })

  it("redirects the old step address, keeping the rest of the query, and leaves static pages alone", () => {
    const search = (query: string) => new URLSearchParams(query)
    expect(shopRouting("/de/shop", search("step=cleanse&utm_source=mail"))).toEqual({
      redirect: "/de/shop/cleanse?utm_source=mail",
    })
    expect(shopRouting("/us/shop", search("step=mask"))).toEqual({ redirect: "/us/shop/mask" })
    expect(shopRouting("/de/shop", search("step=cleanse,mask"))).toMatchObject({
      rewrite: expect.stringMatching(/^\/de\/de\/shop\/filter\/[A-Za-z0-9_-]+$/),
    })
    expect(shopRouting("/de/en/shop", search("step=cleanse,mask"))).toMatchObject({
      rewrite: expect.stringMatching(/^\/de\/en\/shop\/filter\/[A-Za-z0-9_-]+$/),
    })
    expect(shopRouting("/de/shop", search(""))).toBeNull()
    expect(shopRouting("/de/shop/cleanse", search(""))).toBeNull()
    expect(shopRouting("/de/guide/pore-care", search("a=b"))).toBeNull()
    // A language after the country: the redirect keeps it, the rewrite goes to the internal path.
    expect(shopRouting("/de/fr/shop", search("step=mask"))).toEqual({ redirect: "/de/fr/shop/mask" })
    expect(shopRouting("/us/de/shop/mask", search("q=ton"))).toMatchObject({
      rewrite: expect.stringMatching(/^\/us\/de\/shop\/filter\/[A-Za-z0-9_-]+$/),
    })
    expect(shopRouting("/de/nl/shop", search("q=ton"))).toBeNull()
  })

  it("asks the backend for the right page", () => {
    expect(catalogQuery(parseShopParams({ page: "3", concern: "blackheads" }))).toEqual({
      sort: "relevance",
      limit: 24,
      offset: 48,
      concern: "blackheads",
    })
  })
})
