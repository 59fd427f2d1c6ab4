import { describe, expect, it } from "vitest"
import { STEP_HANDLES } from "@lacremeluxe/shared"
import { regionByName, store } from "../support/api"
import { stack } from "../support/stack"

// The shop and its step pages are static: the second plain request for the same address is
// answered by the storefront's page cache (storefront/page-cache.mjs marks it `x-page-cache: HIT`),
// which keeps only what Next declared shareable. So is each filter combination and search: the
// proxy rewrites it to a cached page of its own (src/lib/util/catalog-params.ts, shopRouting).

async function get(path: string, init?: RequestInit) {
  const response = await fetch(`${stack.storefrontUrl}${path}`, init)
  return { status: response.status, headers: response.headers, html: await response.text() }
}

/** Requests a page until the cache answers; each answer is a whole page. */
async function servedFromCache(path: string) {
  await expect
    .poll(
      async () => {
        const { status, headers } = await get(path)
        expect(status).toBe(200)
        return headers.get("x-page-cache")
      },
      { timeout: 10_000, interval: 100 }
    )
    .toBe("HIT")
}

describe("the shop's static pages", () => {
  it.each(["/de/shop", "/de/shop/cleanse", "/us/shop/protect"])("%s is served from the page cache", async (path) => {
    const first = await get(path)
    expect(first.status).toBe(200)
    expect(first.headers.get("cache-control")).toMatch(/s-maxage=\d+/)
    await servedFromCache(path)
  })

  it("answers 404 for a step the guide does not have", async () => {
    expect(STEP_HANDLES).not.toContain("moisturise")
    expect((await get("/de/shop/moisturise")).status).toBe(404)
  })

  it("redirects the old step address with 308, keeping the rest of the query", async () => {
    const old = await get("/de/shop?step=mask&sort=price_desc&utm_source=mail", { redirect: "manual" })
    expect(old.status).toBe(308)
    const location = new URL(old.headers.get("location")!, stack.storefrontUrl)
    expect(`${location.pathname}${location.search}`).toBe("/de/shop/mask?sort=price_desc&utm_source=mail")
  })

  it.each([
    ["/ie/shop/cleanse?fragrance_free=true", "step=cleanse&fragrance_free=true"],
    ["/ie/shop?q=serum", "q=serum"],
    ["/ie/shop?concern=blackheads&step=cleanse&step=mask", "concern=blackheads&step=cleanse,mask"],
  ])("%s is served from the page cache with its own results", async (path, catalogQuery) => {
    const region = await regionByName("Europe")
    const { body } = await store(`/store/catalog?region_id=${region.id}&${catalogQuery}`)
    const first = await get(path)
    expect(first.status).toBe(200)
    expect(first.headers.get("cache-control")).toMatch(/s-maxage=\d+/)
    await servedFromCache(path)
    const cached = await get(path)
    const count = body.count === 1 ? "1 product" : `${body.count} products`
    expect(cached.html).toContain(`data-testid="result-count">${count}<`)
  })

  it("answers the same filters in another order, or with extra parameters, from the same cached page", async () => {
    const first = await get("/de/shop/cleanse?concern=blackheads&fragrance_free=true")
    const reordered = await get("/de/shop/cleanse?fragrance_free=true&utm_source=mail&concern=blackheads")
    expect(reordered.status).toBe(200)
    expect(reordered.headers.get("x-nextjs-cache")).toBe("HIT")
    expect(reordered.html.match(/data-testid="result-count">[^<]*/)?.[0]).toBe(
      first.html.match(/data-testid="result-count">[^<]*/)?.[0]
    )
  })

  it("answers 404 for a filter address the shop did not make", async () => {
    expect((await get("/de/shop/filter/bm90LWZpbHRlcnM")).status).toBe(404)
  })
})
