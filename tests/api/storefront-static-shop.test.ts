import { describe, expect, it } from "vitest"
import { STEP_HANDLES } from "@lacremeluxe/shared"
import { stack } from "../support/stack"

// The shop and its step pages are static: the second plain request for the same address is
// answered by the storefront's page cache (storefront/page-cache.mjs marks it `x-page-cache: HIT`),
// which keeps only what Next declared shareable. Filtered addresses render per request.

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

  it("renders filtered addresses per request and never caches them", async () => {
    for (let i = 0; i < 2; i++) {
      const filtered = await get("/de/shop/cleanse?fragrance_free=true")
      expect(filtered.status).toBe(200)
      expect(filtered.headers.get("x-page-cache")).toBeNull()
      expect(filtered.headers.get("cache-control")).not.toMatch(/s-maxage/)
    }
  })
})
