import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken } from "../support/api"
import { startRedisServer, type TestRedisServer } from "../support/redis-server.mjs"
import { freePort, startStorefront, stopService, type Service } from "../support/scripts-lib"
import { stack } from "../support/stack"

// @ts-expect-error plain ES module without types
import { TTL_MS } from "../../storefront/page-cache.mjs"

// Two storefront instances of this file's own, on one Redis (a redis-server this file starts) and
// the suite's backend, as `docker-compose` runs replicas behind one address. Next's cache lives in
// that Redis (storefront/cache-handler.mjs) and one revalidation, sent to one instance as the
// backend sends it, empties the page cache in front of Next on both (storefront/page-cache.mjs).

const GUIDE_PAGE = "/ie/guide/pore-care"
// A filtered step page: cached per filter combination, and it shows the step's text from the guide.
const FILTERED_PAGE = "/ie/shop/cleanse?fragrance_free=true"

const PAGE_CACHE_TTL_MS: number = TTL_MS

let redis: TestRedisServer
const instances: { url: string; service: Service }[] = []

beforeAll(async () => {
  redis = await startRedisServer()
  for (const name of ["a", "b"]) {
    const port = await freePort()
    const service = await startStorefront({
      port,
      backendUrl: stack.backendUrl,
      publishableKey: stack.publishableKey,
      revalidateSecret: stack.backendEnv.REVALIDATE_SECRET,
      clientIpSecret: stack.backendEnv.CLIENT_IP_SECRET,
      logFile: path.join(stack.logDir, `storefront-shared-cache-${name}.log`),
      extra: { REDIS_URL: `${redis.url}/3`, STOREFRONT_URL: `http://localhost:${port}` },
    })
    instances.push({ url: `http://localhost:${port}`, service })
  }
}, 240_000)

afterAll(async () => {
  await Promise.all(instances.map(({ service }) => stopService(service)))
  await redis?.stop()
})

async function page(base: string, address: string) {
  const response = await fetch(`${base}${address}`)
  expect(response.status, `${base}${address}`).toBe(200)
  return { hit: response.headers.get("x-page-cache") === "HIT", html: await response.text() }
}

/** Loads a page on one instance until its page cache answers; returns that cached copy. */
async function cachedPage(base: string, address: string) {
  let cached = ""
  await expect
    .poll(
      async () => {
        const { hit, html } = await page(base, address)
        cached = html
        return hit
      },
      { timeout: 10_000, interval: 100 }
    )
    .toBe(true)
  return cached
}

function revalidateThrough(base: string, tags: string[]) {
  return fetch(`${base}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-revalidate-secret": stack.backendEnv.REVALIDATE_SECRET },
    body: JSON.stringify({ tags }),
  })
}

/**
 * Polls every instance until the page shows (or no longer shows) the text, before `until`: the
 * time the page caches would have let their copies expire on their own (the pages' ISR time in
 * Next's cache is 300 s), so only the revalidation can have made it show.
 */
async function showsOnEveryInstance(address: string, text: string, shown: boolean, until: number) {
  for (const { url } of instances) {
    const timeout = until - Date.now()
    expect(timeout, "time left before the page caches' own expiry").toBeGreaterThan(3_000)
    await expect
      .poll(async () => (await page(url, address)).html.includes(text), { timeout, interval: 250 })
      .toBe(shown)
  }
}

describe("several storefront instances on one Redis", () => {
  it("one revalidation through one instance shows the new text on both, filtered shop pages included", async () => {
    const token = await adminToken()
    const { body } = await admin("/admin/guides/pore-care", { token })
    const cleanse = body.guide.sections.find(
      (s: { kind: string; category?: { handle: string } }) => s.kind === "step" && s.category?.handle === "cleanse"
    )
    const sentence = `Shared cache note ${Date.now().toString(36)}: rinse with lukewarm water.`
    // Both instances hold the current text in their page caches (and Next's cache in Redis),
    // stored after this moment.
    const primed = Date.now()
    for (const { url } of instances) {
      for (const address of [GUIDE_PAGE, FILTERED_PAGE]) {
        expect(await cachedPage(url, address)).not.toContain(sentence)
      }
    }
    const edit = (text: string) =>
      admin(`/admin/guides/pore-care/sections/${cleanse.id}`, { token, body: { body: text } })
    const [a, b] = instances
    try {
      expect((await edit(`${cleanse.body}\n\n${sentence}`)).status).toBe(200)
      // The backend revalidates the suite's storefront only: these two still answer from their caches.
      expect(await page(b.url, GUIDE_PAGE)).toEqual({ hit: true, html: expect.not.stringContaining(sentence) })
      const answer = await revalidateThrough(a.url, ["guide"])
      expect(answer.status).toBe(200)
      for (const address of [GUIDE_PAGE, FILTERED_PAGE]) {
        await showsOnEveryInstance(address, sentence, true, primed + PAGE_CACHE_TTL_MS)
      }
    } finally {
      expect((await edit(cleanse.body)).status).toBe(200)
      // And back, through the other instance.
      expect((await revalidateThrough(b.url, ["guide"])).status).toBe(200)
    }
    for (const address of [GUIDE_PAGE, FILTERED_PAGE]) {
      await showsOnEveryInstance(address, sentence, false, Date.now() + PAGE_CACHE_TTL_MS)
    }
  })

  it("keeps serving pages, cached or not, while Redis is down", async () => {
    await redis.stop()
    for (const { url } of instances) {
      for (const address of [GUIDE_PAGE, "/ie/shop/hydrate?pregnancy_safe=true", "/ie/shop?q=serum"]) {
        const started = Date.now()
        const response = await fetch(`${url}${address}`, { signal: AbortSignal.timeout(15_000) })
        expect(response.status, `${url}${address}`).toBe(200)
        expect(Date.now() - started, `${url}${address}`).toBeLessThan(5_000)
      }
    }
  })
})
