import { describe, expect, it } from "vitest"
import { CACHE_TAGS, isCacheTag, pageShowsTags, productTag } from "./cache-tags"

describe("cache tags", () => {
  it("accepts the named tags and product tags only", () => {
    expect(isCacheTag("guide")).toBe(true)
    expect(isCacheTag(productTag("pore-clarity-melting-cleansing-balm"))).toBe(true)
    expect(isCacheTag("everything")).toBe(false)
    expect(isCacheTag("product:../x")).toBe(false)
  })

  it("drops only the pages that show a sold-out product", () => {
    const tags = [productTag("balm"), CACHE_TAGS.listings]
    expect(pageShowsTags("/de/products/balm", tags)).toBe(true)
    expect(pageShowsTags("/de/shop", tags)).toBe(true)
    expect(pageShowsTags("/de", tags)).toBe(true)
    expect(pageShowsTags("/de/products/balm-duo", tags)).toBe(false)
    expect(pageShowsTags("/de/guide/pore-care", tags)).toBe(false)
    expect(pageShowsTags("/de/legal/imprint", tags)).toBe(false)
    expect(pageShowsTags("/de/guide/pore-care", [CACHE_TAGS.guide])).toBe(true)
  })

  it("reads the same pages in every language of a store", () => {
    const tags = [productTag("balm"), CACHE_TAGS.listings]
    expect(pageShowsTags("/de/en/products/balm", tags)).toBe(true)
    expect(pageShowsTags("/us/fr/shop/cleanse", tags)).toBe(true)
    expect(pageShowsTags("/de/fr", tags)).toBe(true)
    expect(pageShowsTags("/de/en/products/balm-duo", tags)).toBe(false)
    expect(pageShowsTags("/fr/de/guide/pore-care", tags)).toBe(false)
    expect(pageShowsTags("/fr/de/guide/pore-care", [CACHE_TAGS.guide])).toBe(true)
  })

  it("drops every page for a staff edit of the catalog or regions", () => {
    expect(pageShowsTags("/de/legal/imprint", [CACHE_TAGS.catalog])).toBe(true)
    expect(pageShowsTags("/fr/products/balm", [CACHE_TAGS.regions])).toBe(true)
  })
})
