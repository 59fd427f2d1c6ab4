import { describe, expect, it } from "vitest"
import { catalogQuery, parseShopParams, shopHref } from "./catalog-params"

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
    expect(href).toBe("/de/shop?q=clay&step=mask&pregnancy_safe=true&sort=price_asc&page=2")
    const again = parseShopParams(Object.fromEntries(new URL(href, "http://x").searchParams))
    expect(again).toEqual(params)
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
