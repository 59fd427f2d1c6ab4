import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store } from "../support/api"
import { handles, seededCatalog } from "../support/seed"

/**
 * A second sales channel with a product of its own and a publishable key of its own: our store
 * routes (shop listing, product page, guide) show each key only its channel's products.
 */
const HANDLE = `wholesale-only-serum-${Date.now().toString(36)}`
const WORD = `wholesaleonly${Date.now().toString(36)}`

let token: string
let regionId: string
let channelId: string
let wholesaleKey: string
let wholesaleKeyId: string
let productId: string

const asWholesale = { headers: { "x-publishable-api-key": "" } }

beforeAll(async () => {
  token = await adminToken()
  regionId = (await regionByName("Europe")).id
  const { body: channel } = await admin("/admin/sales-channels", { token, body: { name: `Wholesale ${WORD}` } })
  channelId = channel.sales_channel.id
  const { body: key } = await admin("/admin/api-keys", {
    token,
    body: { title: `Wholesale ${WORD}`, type: "publishable" },
  })
  wholesaleKeyId = key.api_key.id
  wholesaleKey = key.api_key.token
  asWholesale.headers["x-publishable-api-key"] = wholesaleKey
  await admin(`/admin/api-keys/${wholesaleKeyId}/sales-channels`, { token, body: { add: [channelId] } })

  const { body: categories } = await admin("/admin/product-categories?handle=cleanse&fields=id", { token })
  const { status, body: created } = await admin("/admin/products", {
    token,
    body: {
      title: `Wholesale ${WORD} cleanser`,
      handle: HANDLE,
      status: "published",
      description: `Sold to salons only (${WORD}).`,
      sales_channels: [{ id: channelId }],
      categories: [{ id: categories.product_categories[0].id }],
      options: [{ title: "Size", values: ["500 ml"] }],
      variants: [
        {
          title: "500 ml",
          options: { Size: "500 ml" },
          manage_inventory: false,
          prices: [{ currency_code: "eur", amount: 40 }],
        },
      ],
    },
  })
  expect(status, JSON.stringify(created)).toBe(200)
  productId = created.product.id
})

afterAll(async () => {
  if (productId) await admin(`/admin/products/${productId}`, { token, method: "DELETE" })
  if (wholesaleKeyId) await admin(`/admin/api-keys/${wholesaleKeyId}`, { token, method: "DELETE" })
  if (channelId) await admin(`/admin/sales-channels/${channelId}`, { token, method: "DELETE" })
})

describe("a product of another sales channel", () => {
  it("is not in the shop's listing, search or facets of the storefront's key", async () => {
    const { status, body } = await store(`/store/catalog?region_id=${regionId}&q=${WORD}`)
    expect(status).toBe(200)
    expect(body.count).toBe(0)
    const { body: all } = await store(`/store/catalog?region_id=${regionId}&step=cleanse&limit=100`)
    // Exactly the seeded cleansers: the other channel's product is not among them.
    const { products } = await seededCatalog()
    expect(handles(all.products)).toEqual(handles(products.filter((p) => p.step === "cleanse")))
  })

  it("has no product page for the storefront's key", async () => {
    const { status, body } = await store(`/store/product-pages/${HANDLE}?region_id=${regionId}`)
    expect(status).toBe(404)
    expect(body.message).toBe(`There is no product called "${HANDLE}".`)
  })

  it("is not among the guide's products for its step", async () => {
    const { status, body } = await store(`/store/guides/pore-care?region_id=${regionId}`)
    expect(status).toBe(200)
    const listed = body.guide.sections.flatMap((s: { products: { handle: string }[] }) => s.products)
    // Exactly the seeded products of the six steps: the other channel's product is not among them.
    expect(handles(listed)).toEqual(handles((await seededCatalog()).products))
  })

  it("is shown, alone, to its own channel's key", async () => {
    const page = await store(`/store/product-pages/${HANDLE}?region_id=${regionId}`, asWholesale)
    expect(page.status).toBe(200)
    expect(page.body.product.variants[0].price).toBe(40)
    const listing = await store(`/store/catalog?region_id=${regionId}&limit=100`, asWholesale)
    expect(listing.body.products.map((p: { handle: string }) => p.handle)).toEqual([HANDLE])
    const seeded = await store(`/store/product-pages/pore-clarity-cleansing-oil?region_id=${regionId}`, asWholesale)
    expect(seeded.status).toBe(404)
  })
})

describe("a publishable key linked to no sales channel", () => {
  it("is refused by our store routes with a sentence, not answered with every channel's products", async () => {
    const { body: key } = await admin("/admin/api-keys", {
      token,
      body: { title: `Unlinked ${WORD}`, type: "publishable" },
    })
    try {
      const { status, body } = await store(`/store/catalog?region_id=${regionId}`, {
        headers: { "x-publishable-api-key": key.api_key.token },
      })
      expect(status).toBe(400)
      expect(body.message).toMatch(/not linked to a sales channel/)
    } finally {
      await admin(`/admin/api-keys/${key.api_key.id}`, { token, method: "DELETE" })
    }
  })
})
