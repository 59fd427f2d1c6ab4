import { readFile } from "node:fs/promises"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { formatMoney } from "../../storefront/src/lib/util/money"
import { cancelOrder, variantIdBySku } from "../support/admin-orders"
import { admin, adminToken } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { setStock } from "../support/inventory"
import { type SeededProduct, seededProduct } from "../support/seed"
import { stack } from "../support/stack"
import { setAvailable } from "../support/stock"

function revalidate(secret: string | undefined, body: unknown) {
  return fetch(`${stack.storefrontUrl}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-revalidate-secret": secret } : {}) },
    body: JSON.stringify(body),
  })
}

describe("the storefront's revalidation route", () => {
  it("refuses a wrong or missing secret with 401", async () => {
    expect((await revalidate("wrong", { tags: ["guide"] })).status).toBe(401)
    expect((await revalidate(undefined, { tags: ["guide"] })).status).toBe(401)
  })

  it("accepts the backend's secret and known tags only", async () => {
    const secret = stack.backendEnv.REVALIDATE_SECRET
    const ok = await revalidate(secret, { tags: ["guide", "catalog"] })
    expect(ok.status).toBe(200)
    expect((await ok.json()).revalidated).toEqual(["guide", "catalog"])
    const unknown = await revalidate(secret, { tags: ["everything"] })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).message).toMatch(/tags from/)
  })
})

// Proof that a staff change reaches pages the storefront had already cached: each test first
// makes sure the page is served from the page cache (`x-page-cache: HIT`, storefront/page-cache.mjs),
// then changes one thing through the Admin API and polls the same address until the page shows it,
// for at most REVALIDATED_WITHIN_MS: well under the page cache's 30 s and the pages' 300 s ISR, so
// only the backend's revalidation call can have made it show. Each test puts back what it changed.

const HANDLE = "pore-clarity-melting-cleansing-balm"
const PRODUCT_PAGE = `/ie/products/${HANDLE}`
const GUIDE_PAGE = "/ie/guide/pore-care"
const REVALIDATED_WITHIN_MS = 20_000

type Offer = { sku: string; price: string; priceCurrency: string; availability: string }

async function page(path: string) {
  const response = await fetch(`${stack.storefrontUrl}${path}`)
  expect(response.status).toBe(200)
  return { hit: response.headers.get("x-page-cache") === "HIT", html: await response.text() }
}

/** Loads a page until the page cache answers it; returns that cached copy. */
async function cachedPage(path: string) {
  let cached = ""
  await expect
    .poll(
      async () => {
        const { hit, html } = await page(path)
        cached = html
        return hit
      },
      { timeout: 10_000, interval: 100 }
    )
    .toBe(true)
  return cached
}

/** Polls the page (the same address the cache answered) until `read` gives `expected`. */
async function showsWithoutWaitingOutATtl<T>(path: string, read: (html: string) => T, expected: T) {
  await expect
    .poll(async () => read((await page(path)).html), { timeout: REVALIDATED_WITHIN_MS, interval: 250 })
    .toEqual(expected)
}

/** The product page's structured data: one offer per size, as search engines read it. */
function offers(html: string): Pick<Offer, "sku" | "price" | "availability">[] {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    JSON.parse(m[1])
  )
  const product = scripts.find((data) => data["@type"] === "Product")
  return (product.offers as Offer[]).map(({ sku, price, availability }) => ({ sku, price, availability }))
}

const IN_STOCK = "https://schema.org/InStock"
const OUT_OF_STOCK = "https://schema.org/OutOfStock"

describe("a page cached before a staff change shows the change without waiting out a TTL", () => {
  let token: string
  let seeded: SeededProduct
  let productId: string
  let variant: { id: string; sku: string; prices: { id: string; currency_code: string; amount: number }[] }
  const seededOffers = () =>
    seeded.variants.map((v) => ({ sku: v.sku, price: v.prices.eur.toFixed(2), availability: IN_STOCK }))

  beforeAll(async () => {
    token = await adminToken()
    seeded = await seededProduct(HANDLE)
    const { body } = await admin(
      `/admin/products?handle=${HANDLE}&fields=id,variants.id,variants.sku,variants.prices.id,variants.prices.currency_code,variants.prices.amount`,
      { token }
    )
    productId = body.products[0].id
    expect(body.products[0].variants.map((v: { sku: string }) => v.sku)).toEqual(seeded.variants.map((v) => v.sku))
    variant = body.products[0].variants[0]
  })

  it("a section's new text shows on the cached guide page", async () => {
    const { body } = await admin("/admin/guides/pore-care", { token })
    const tips = body.guide.sections.find((s: { kind: string }) => s.kind === "tips")
    const sentence = `Revalidated note ${Date.now().toString(36)}: patience beats scrubbing.`
    expect(await cachedPage(GUIDE_PAGE)).not.toContain(sentence)
    const edit = (text: string) => admin(`/admin/guides/pore-care/sections/${tips.id}`, { token, body: { body: text } })
    try {
      expect((await edit(`${tips.body}\n\n${sentence}`)).status).toBe(200)
      await showsWithoutWaitingOutATtl(GUIDE_PAGE, (html) => html.includes(sentence), true)
    } finally {
      expect((await edit(tips.body)).status).toBe(200)
    }
    await showsWithoutWaitingOutATtl(GUIDE_PAGE, (html) => html.includes(sentence), false)
  })

  it("a skincare profile's new directions show on the cached product page", async () => {
    const path = `/admin/products/${productId}/skincare`
    const { id: _id, ...original } = (await admin(path, { token })).body.skincare_profile
    expect(original.how_to_use).toBe(seeded.skincare.how_to_use)
    const directions = `Revalidated directions ${Date.now().toString(36)}: warm between palms, then massage in.`
    expect(await cachedPage(PRODUCT_PAGE)).not.toContain(directions)
    try {
      expect((await admin(path, { token, body: { ...original, how_to_use: directions } })).status).toBe(200)
      await showsWithoutWaitingOutATtl(PRODUCT_PAGE, (html) => html.includes(directions), true)
    } finally {
      expect((await admin(path, { token, body: original })).status).toBe(200)
    }
    await showsWithoutWaitingOutATtl(PRODUCT_PAGE, (html) => html.includes(directions), false)
  })

  it("a new price shows on the cached product page", async () => {
    const setEur = (amount: number) =>
      admin(`/admin/products/${productId}/variants/${variant.id}`, {
        token,
        body: {
          prices: variant.prices.map(({ id, currency_code, amount: current }) => ({
            id,
            currency_code,
            amount: currency_code === "eur" ? amount : current,
          })),
        },
      })
    const seededEur = seeded.variants[0].prices.eur
    expect(offers(await cachedPage(PRODUCT_PAGE))).toEqual(seededOffers())
    const raised = Math.round((seededEur + 3.05) * 100) / 100
    try {
      expect((await setEur(raised)).status).toBe(200)
      await showsWithoutWaitingOutATtl(PRODUCT_PAGE, (html) => offers(html)[0].price, raised.toFixed(2))
      expect((await page(PRODUCT_PAGE)).html).toContain(formatMoney(raised, "eur", "en-GB"))
    } finally {
      expect((await setEur(seededEur)).status).toBe(200)
    }
    await showsWithoutWaitingOutATtl(PRODUCT_PAGE, offers, seededOffers())
  })

  it("a size sold out in the warehouse shows as out of stock on the cached product page", async () => {
    expect(offers(await cachedPage(PRODUCT_PAGE))).toEqual(seededOffers())
    const stocked = await setAvailable(variant.sku, 0)
    try {
      await showsWithoutWaitingOutATtl(PRODUCT_PAGE, (html) => offers(html)[0].availability, OUT_OF_STOCK)
      // The size's add-to-cart button says so and is disabled.
      expect((await page(PRODUCT_PAGE)).html).toMatch(/<button[^>]*disabled=""[^>]*>Out of stock<\/button>/)
    } finally {
      await setStock(variant.sku, stocked)
    }
    await showsWithoutWaitingOutATtl(PRODUCT_PAGE, offers, seededOffers())
  })
})

// Orders: the backend judges whether an order flipped a product between sellable and sold out and
// revalidates only those products' pages (plus the lists and the guide). Each test waits for the
// backend to log what it revalidated for the order's event (not a fixed sleep), then reads pages.

/** Waits until the backend logged a line with `text`; returns that line. */
async function loggedRevalidation(text: string) {
  let line = ""
  await expect
    .poll(
      async () => {
        const log = await readFile(path.join(stack.logDir, "backend.log"), "utf8")
        line = log.split("\n").find((l) => l.includes("storefront revalidation for") && l.includes(text)) ?? ""
        return line
      },
      { timeout: REVALIDATED_WITHIN_MS, interval: 100 }
    )
    .not.toBe("")
  return line
}

/** Stocks `available` units of a SKU and waits until the backend revalidated the product for it. */
async function stockAndWait(sku: string, handle: string, available: number) {
  const before = (await readFile(path.join(stack.logDir, "backend.log"), "utf8")).length
  const stocked = await setAvailable(sku, available)
  await expect
    .poll(
      async () =>
        (await readFile(path.join(stack.logDir, "backend.log"), "utf8"))
          .slice(before)
          .split("\n")
          .some(
            (line) => line.includes("revalidation for inventory-level.updated") && line.includes(`product:${handle},`)
          ),
      { timeout: REVALIDATED_WITHIN_MS, interval: 100 }
    )
    .toBe(true)
  return stocked
}

/** A cart with one unit of a SKU, ready to check out. */
async function cartWith(sku: string) {
  const cart = await newCart()
  expect((await addItem(cart.id, await variantIdBySku(sku), 1)).status).toBe(200)
  return cart.id
}

async function placed(cartId: string): Promise<string> {
  const { status, body } = await checkout(cartId)
  expect(status).toBe(200)
  expect(body.type).toBe("order")
  return body.order.id
}

const UNRELATED_PAGE = "/ie/products/pore-detox-green-clay-mask"

/**
 * Whether a page was left cached: the page cache still answers it, or, once its copy has lived out
 * the page cache's 30 s (these tests run longer on a busy machine), Next answers from its cache
 * without rendering it again.
 */
async function leftCached(path: string) {
  const response = await fetch(`${stack.storefrontUrl}${path}`)
  expect(response.status).toBe(200)
  return response.headers.get("x-page-cache") === "HIT" || response.headers.get("x-nextjs-cache") === "HIT"
}

/** The guide's "Shop this step" box of one set. */
function setBox(html: string, bundleHandle: string) {
  const start = html.indexOf(`id="${bundleHandle}-title"`)
  expect(start).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf("</aside>", start))
}

describe("an order revalidates only the products whose availability it changed", () => {
  it("an order that leaves every product in stock leaves the guide and product pages cached", async () => {
    const sku = "LCL-HYD-ALOE-100"
    const stocked = await stockAndWait(sku, "pore-balance-aloe-vera-soothing-gel", 20)
    const cartId = await cartWith(sku)
    const pages = [GUIDE_PAGE, UNRELATED_PAGE, "/ie/products/pore-balance-aloe-vera-soothing-gel"]
    for (const path of pages) await cachedPage(path)
    const orderId = await placed(cartId)
    try {
      expect(await loggedRevalidation(`order.placed ${orderId}: nothing`)).toBeTruthy()
      for (const path of pages) expect(await leftCached(path), path).toBe(true)
    } finally {
      expect((await cancelOrder(orderId)).status).toBe(200)
      await loggedRevalidation(`order.canceled ${orderId}: nothing`)
      await setStock(sku, stocked)
    }
  })

  it("an order for the last unit shows the product and its set sold out, and leaves other pages cached", async () => {
    const sku = "LCL-CLN-OIL-150"
    const handle = "pore-clarity-cleansing-oil"
    const productPage = `/ie/products/${handle}`
    const stocked = await stockAndWait(sku, handle, 1)
    const cartId = await cartWith(sku)
    expect(offers(await cachedPage(productPage))[0].availability).toBe(IN_STOCK)
    expect(setBox(await cachedPage(GUIDE_PAGE), "cleanse-set")).not.toContain("Out of stock")
    await cachedPage(UNRELATED_PAGE)
    const orderId = await placed(cartId)
    try {
      const line = await loggedRevalidation(`order.placed ${orderId}: `)
      for (const tag of [`product:${handle}`, "product:cleanse-set", "listings", "guide"]) expect(line).toContain(tag)
      expect(line).not.toContain("product:pore-detox-green-clay-mask")
      await showsWithoutWaitingOutATtl(productPage, (html) => offers(html)[0].availability, OUT_OF_STOCK)
      await showsWithoutWaitingOutATtl(GUIDE_PAGE, (html) => setBox(html, "cleanse-set").includes("Out of stock"), true)
      expect(await leftCached(UNRELATED_PAGE)).toBe(true)
    } finally {
      expect((await cancelOrder(orderId)).status).toBe(200)
    }
    // The cancel gives the unit back: the product is sellable again at once.
    await showsWithoutWaitingOutATtl(productPage, (html) => offers(html)[0].availability, IN_STOCK)
    await setStock(sku, stocked)
  })
})
