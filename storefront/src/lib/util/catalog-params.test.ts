import { describe, expect, it } from "vitest"
import { catalogQuery, parseShopParams, rawFromSearch, shopHref, shopRouting } from "./catalog-params"

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
    const routed = shopRouting(url.pathname, url.searchParams)
    expect(routed).toEqual({ rewrite: "/de/de/shop/filter?q=clay&pregnancy_safe=true&sort=price_asc&page=2&step=mask" })
    const rewritten = new URL((routed as { rewrite: string }).rewrite, "http://x")
    expect(parseShopParams(rawFromSearch(rewritten.searchParams))).toEqual(params)
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
    expect(shopRouting("/de/shop", search("step=cleanse,mask"))).toEqual({
      rewrite: "/de/de/shop/filter?step=cleanse%2Cmask",
    })
    expect(shopRouting("/de/shop", search(""))).toBeNull()
    expect(shopRouting("/de/shop/cleanse", search(""))).toBeNull()
    expect(shopRouting("/de/guide/pore-care", search("a=b"))).toBeNull()
    // A language after the country: the redirect keeps it, the rewrite goes to the internal path.
    expect(shopRouting("/de/fr/shop", search("step=mask"))).toEqual({ redirect: "/de/fr/shop/mask" })
    expect(shopRouting("/us/de/shop/mask", search("q=ton"))).toEqual({ rewrite: "/us/de/shop/filter?q=ton&step=mask" })
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
