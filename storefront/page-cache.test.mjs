import { describe, expect, it } from "vitest"
import {
  cacheKey,
  currentGeneration,
  dropPagesShowing,
  lookup,
  pageCache,
  shareable,
  store,
  TTL_MS,
} from "./page-cache.mjs"

const page = {
  "cache-control": "s-maxage=300, stale-while-revalidate=31535700",
  "content-type": "text/html; charset=utf-8",
  "x-nextjs-cache": "HIT",
}

describe("the page cache", () => {
  it("answers only plain page loads, per encoding", () => {
    expect(cacheKey({ method: "GET", url: "/de/guide/pore-care", headers: {} })).toBe("/de/guide/pore-care|identity")
    expect(cacheKey({ method: "GET", url: "/de", headers: { "accept-encoding": "gzip, br" } })).toBe("/de|gzip")
    expect(cacheKey({ method: "GET", url: "/de/shop/cleanse?fragrance_free=true", headers: {} })).toBe(
      "/de/shop/cleanse?fragrance_free=true|identity"
    )
    expect(cacheKey({ method: "GET", url: "/de/shop?q=clay", headers: {} })).toBe("/de/shop?q=clay|identity")
    expect(cacheKey({ method: "GET", url: "/de/guide/pore-care?x=1", headers: {} })).toBeNull()
    expect(cacheKey({ method: "GET", url: "/de/routine/result?skin=oily", headers: {} })).toBeNull()
    expect(cacheKey({ method: "GET", url: "/de/guide/pore-care", headers: { rsc: "1" } })).toBeNull()
    expect(cacheKey({ method: "POST", url: "/de/checkout", headers: {} })).toBeNull()
    expect(cacheKey({ method: "GET", url: "/api/cart", headers: {} })).toBeNull()
  })

  it("keeps only what Next marks shareable and fresh", () => {
    expect(shareable(200, page)).toBe(true)
    expect(
      shareable(200, { ...page, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })
    ).toBe(false)
    expect(shareable(200, { ...page, "x-nextjs-cache": "STALE" })).toBe(false)
    expect(shareable(200, { ...page, "set-cookie": ["a=b"] })).toBe(false)
    expect(shareable(404, page)).toBe(false)
  })

  it("forgets entries after the TTL and when cleared", () => {
    pageCache().clear()
    expect(store("/de|identity", 200, page, Buffer.from("<html>"), 0)).toBe(true)
    expect(lookup("/de|identity", 1000)?.body.toString()).toBe("<html>")
    expect(lookup("/de|identity", TTL_MS + 1)).toBeNull()
    store("/de|identity", 200, page, Buffer.from("<html>"), 0)
    pageCache().clear()
    expect(lookup("/de|identity", 1)).toBeNull()
  })

  it("drops the pages showing a revalidated tag, and keeps no page rendered across the drop", () => {
    pageCache().clear()
    store("/de/shop?q=clay|gzip", 200, page, Buffer.from("<shop>"), 0)
    store("/de/products/balm|gzip", 200, page, Buffer.from("<product>"), 0)
    const renderStarted = currentGeneration()
    dropPagesShowing(["listings"])
    expect(lookup("/de/shop?q=clay|gzip", 1)).toBeNull()
    expect(lookup("/de/products/balm|gzip", 1)?.body.toString()).toBe("<product>")
    expect(store("/de/shop|gzip", 200, page, Buffer.from("<old shop>"), 1, renderStarted)).toBe(false)
    expect(store("/de/shop|gzip", 200, page, Buffer.from("<new shop>"), 1, currentGeneration())).toBe(true)
  })
})
