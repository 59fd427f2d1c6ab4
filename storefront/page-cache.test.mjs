import { describe, expect, it } from "vitest"
import { cacheKey, lookup, pageCache, shareable, store, TTL_MS } from "./page-cache.mjs"

const page = {
  "cache-control": "s-maxage=300, stale-while-revalidate=31535700",
  "content-type": "text/html; charset=utf-8",
  "x-nextjs-cache": "HIT",
}

describe("the page cache", () => {
  it("answers only plain page loads, per encoding", () => {
    expect(cacheKey({ method: "GET", url: "/de/guide/pore-care", headers: {} })).toBe("/de/guide/pore-care|identity")
    expect(cacheKey({ method: "GET", url: "/de", headers: { "accept-encoding": "gzip, br" } })).toBe("/de|gzip")
    expect(cacheKey({ method: "GET", url: "/de/shop?step=cleanse", headers: {} })).toBeNull()
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
})
