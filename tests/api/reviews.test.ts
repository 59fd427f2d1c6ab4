import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store } from "../support/api"
import { deliveredOrder, fulfil, markDelivered, placeOrder, ship } from "../support/orders"
import { aReview, moderate, reply, staffReviewsOf, writeReview } from "../support/reviews"
import { post, registerShopper, uniqueClient, type Shopper } from "../support/shopper"
import { stack } from "../support/stack"

// Reviews (issue 16) through the real routes: shoppers write through the Store API, staff moderate
// through the Admin API Medusa Admin's Reviews page calls. Figures are checked on a product this
// file creates, so no other test's reviews can change them.

const WORD = Date.now().toString(36)
const HANDLE = `review-test-serum-${WORD}`

let token: string
let productId: string
let regionId: string

async function reviewsOf(id: string, query = "") {
  const { status, body } = await store(`/store/products/${id}/reviews${query}`)
  expect(status).toBe(200)
  return body
}

/** The product's page as the storefront reads it: its rating figures. */
async function productPageRating(handle: string) {
  const { status, body } = await store(`/store/product-pages/${handle}?region_id=${regionId}`)
  expect(status).toBe(200)
  return body.product.rating
}

beforeAll(async () => {
  token = await adminToken()
  regionId = (await regionByName("Europe")).id
  const { body: seeded } = await admin("/admin/products?handle=pore-clarity-cleansing-oil&fields=sales_channels.id", {
    token,
  })
  const { status, body } = await admin("/admin/products", {
    token,
    body: {
      title: `Review test serum ${WORD}`,
      handle: HANDLE,
      status: "published",
      sales_channels: seeded.products[0].sales_channels.map((c: { id: string }) => ({ id: c.id })),
      options: [{ title: "Size", values: ["30 ml"] }],
      variants: [
        {
          title: "30 ml",
          options: { Size: "30 ml" },
          manage_inventory: false,
          prices: [{ currency_code: "eur", amount: 25 }],
        },
      ],
    },
  })
  expect(status, JSON.stringify(body)).toBe(200)
  productId = body.product.id
})

afterAll(async () => {
  if (productId) await admin(`/admin/products/${productId}`, { token, method: "DELETE" })
})

describe("writing a review", () => {
  it("is for signed-in shoppers only: a guest gets 401 with a sentence", async () => {
    const { status, body } = await writeReview(productId, aReview())
    expect(status).toBe(401)
    expect(body.message).toBe("Sign in to your account to write a review.")
    expect(await staffReviewsOf(productId)).toEqual([])
  })

  it("refuses a rating outside 1–5, empty or too long text and unknown skin types with a sentence, saving nothing", async () => {
    const shopper = await registerShopper("reviewer")
    const refusals: [Record<string, unknown>, string][] = [
      [{ rating: 0 }, "The rating must be a number of stars from 1 to 5."],
      [{ rating: 6 }, "The rating must be a number of stars from 1 to 5."],
      [{ rating: 4.5 }, "The rating must be a number of stars from 1 to 5."],
      [{ rating: "5" }, "The rating must be a number of stars from 1 to 5."],
      [{ text: "   " }, "The review cannot be empty."],
      [{ text: "a".repeat(2001) }, "The review is longer than 2000 characters."],
      [{ title: "" }, "The title cannot be empty."],
      [{ skin_type: "greasy" }, "Choose a skin type from: oily, combination, normal, dry, sensitive."],
    ]
    for (const [change, sentence] of refusals) {
      const { status, body } = await writeReview(productId, aReview(change), shopper.token)
      expect(status, JSON.stringify(change)).toBe(400)
      expect(body.message).toContain(sentence)
    }
    const unknownField = await writeReview(productId, aReview({ status: "approved" }), shopper.token)
    expect(unknownField.status).toBe(400)
    expect(unknownField.body.message).toMatch(/status/)
    expect(await staffReviewsOf(productId)).toEqual([])
  })

  it("accepts exactly 2,000 characters and waits for approval (pending, not shown)", async () => {
    const shopper = await registerShopper("reviewer")
    const { status, body } = await writeReview(
      productId,
      aReview({ text: "b".repeat(2000), skin_type: "oily" }),
      shopper.token
    )
    expect(status).toBe(201)
    expect(body.review).toMatchObject({
      status: "pending",
      text: "b".repeat(2000),
      skin_type: "oily",
      verified_buyer: false,
    })
    expect(body.review.author).toBe("Test R.")
    expect((await reviewsOf(productId)).count).toBe(0)
    await moderate(body.review.id, "reject")
  })

  it("keeps markup as the shopper wrote it: stored and answered as text, never turned into HTML", async () => {
    const shopper = await registerShopper("markup")
    const text = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"`
    const { body } = await writeReview(productId, aReview({ text, title: "<b>Bold</b>" }), shopper.token)
    expect(body.review.text).toBe(text)
    await moderate(body.review.id, "approve")
    const shown = (await reviewsOf(productId)).reviews.find((r: { id: string }) => r.id === body.review.id)
    expect(shown).toMatchObject({ text, title: "<b>Bold</b>" })
    await moderate(body.review.id, "reject")
  })
})

describe("approval, figures and replies", () => {
  let first: Shopper
  let second: Shopper
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    first = await registerShopper("first")
    second = await registerShopper("second")
    ids.first = (await writeReview(productId, aReview({ rating: 5 }), first.token)).body.review.id
    ids.second = (
      await writeReview(productId, aReview({ rating: 2, title: "Not for me" }), second.token)
    ).body.review.id
  })

  it("shows only approved reviews, newest first, with the average and the count per star", async () => {
    const before = await reviewsOf(productId)
    await moderate(ids.first, "approve")
    await moderate(ids.second, "approve")
    const after = await reviewsOf(productId)
    expect(after.count).toBe(before.count + 2)
    expect(after.reviews.slice(0, 2).map((r: { id: string }) => r.id)).toEqual([ids.second, ids.first])
    const ratings = after.reviews.map((r: { rating: number }) => r.rating) as number[]
    expect(after.average).toBe(Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10)
    for (const star of [1, 2, 3, 4, 5]) {
      expect(after.per_star[String(star)]).toBe(ratings.filter((r) => r === star).length)
    }
    expect(await productPageRating(HANDLE)).toEqual({
      average: after.average,
      count: after.count,
      per_star: after.per_star,
    })
    const { body: widget } = await admin(`/admin/products/${productId}/rating`, { token })
    expect(widget.rating).toEqual({ average: after.average, count: after.count, per_star: after.per_star })
  })

  it("pages with limit and offset, and refuses bad paging with a sentence", async () => {
    const all = await reviewsOf(productId)
    const page = await reviewsOf(productId, "?limit=1&offset=1")
    expect(page.reviews.map((r: { id: string }) => r.id)).toEqual([all.reviews[1].id])
    expect(page.count).toBe(all.count)
    for (const bad of ["?limit=abc", "?limit=500", "?offset=-1", "?sort=rating"]) {
      const { status, body } = await store(`/store/products/${productId}/reviews${bad}`)
      expect(status, bad).toBe(400)
      expect(body.message, bad).toMatch(/\w+ \w+/)
    }
  })

  it("shows the staff reply under the review with its date", async () => {
    const answered = await reply(ids.second, "Thank you — try it every other evening at first.")
    expect(answered.status).toBe(200)
    const shown = (await reviewsOf(productId)).reviews.find((r: { id: string }) => r.id === ids.second)
    expect(shown.reply).toBe("Thank you — try it every other evening at first.")
    expect(Date.now() - new Date(shown.replied_at).getTime()).toBeLessThan(60_000)
    const empty = await reply(ids.second, "  ")
    expect(empty.status).toBe(400)
    expect(empty.body.message).toContain("The reply cannot be empty.")
  })

  it("replaces a shopper's review with their second one, which waits for approval again", async () => {
    const before = await reviewsOf(productId)
    const again = await writeReview(productId, aReview({ rating: 1, title: "Changed my mind" }), second.token)
    expect(again.status).toBe(201)
    expect(again.body.review).toMatchObject({ id: ids.second, status: "pending", rating: 1, reply: null })
    const theirs = (await staffReviewsOf(productId)).filter((r) => r.customer_id === second.customerId)
    expect(theirs.map((r) => [r.status, r.rating])).toEqual([["pending", 1]])
    const after = await reviewsOf(productId)
    expect(after.count).toBe(before.count - 1)
    expect(after.reviews.map((r: { id: string }) => r.id)).not.toContain(ids.second)
  })

  it("lets no shopper change another's review, and no shopper use the staff routes", async () => {
    const intruder = await registerShopper("intruder")
    // Naming the other shopper's review is refused with a sentence; writing their own touches only theirs.
    const aimed = await writeReview(productId, aReview({ id: ids.first, rating: 1 }), intruder.token)
    expect(aimed.status).toBe(400)
    expect(aimed.body.message).toBe("Invalid request: Unrecognized fields: 'id'")
    await writeReview(productId, aReview({ rating: 1, text: "Overwritten?" }), intruder.token)
    const firstReview = (await staffReviewsOf(productId)).find((r) => r.id === ids.first)
    expect(firstReview).toMatchObject({ customer_id: first.customerId, rating: 5, status: "approved" })
    const asShopper = await store(`/admin/reviews/${ids.first}/reject`, { token: intruder.token, body: {} })
    expect(asShopper.status).toBe(401)
    const anonymous = await admin(`/admin/reviews?product_id=${productId}`)
    expect(anonymous.status).toBe(401)
  })

  it("takes a rejected review off the product, and filters the staff list by status", async () => {
    const before = await reviewsOf(productId)
    await moderate(ids.first, "reject")
    expect((await reviewsOf(productId)).count).toBe(before.count - 1)
    const { body } = await admin(`/admin/reviews?product_id=${productId}&status=rejected`, { token })
    expect(body.reviews.map((r: { id: string }) => r.id)).toContain(ids.first)
    expect(body.reviews.every((r: { status: string }) => r.status === "rejected")).toBe(true)
    const bad = await admin(`/admin/reviews?status=hidden`, { token })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain("The status must be one of: pending, approved, rejected.")
    const missing = await admin(`/admin/reviews/rev_missing/approve`, { token, body: {} })
    expect(missing.status).toBe(404)
  })
})

describe("the storefront's cached pages", () => {
  it("show a review within seconds of its approval, without waiting out the cache", async () => {
    const path = `/de/products/${HANDLE}`
    const page = async () => {
      const response = await fetch(`${stack.storefrontUrl}${path}`)
      expect(response.status).toBe(200)
      return { hit: response.headers.get("x-page-cache") === "HIT", html: await response.text() }
    }
    const shopper = await registerShopper("cached")
    const title = `Seen on the cached page ${WORD}`
    const { body } = await writeReview(productId, aReview({ rating: 4, title }), shopper.token)
    await expect.poll(async () => (await page()).hit, { timeout: 10_000, interval: 100 }).toBe(true)
    expect((await page()).html).not.toContain(title)
    await moderate(body.review.id, "approve")
    await expect.poll(async () => (await page()).html.includes(title), { timeout: 20_000, interval: 250 }).toBe(true)
  })
})

// Orders placed, fulfilled, shipped and delivered through the real APIs take more than the default minute.
describe("verified buyers", { timeout: 180_000 }, () => {
  it("marks a review verified once an order of the shopper with that product was delivered", async () => {
    const shopper = await registerShopper("buyer")
    const order = await placeOrder({ token: shopper.token, quantity: 1 })
    const { body } = await store(`/store/orders/${order.id}?fields=items.product_id`, { token: shopper.token })
    const boughtId = body.order.items[0].product_id as string
    const early = await writeReview(boughtId, aReview(), shopper.token)
    expect(early.body.review.verified_buyer).toBe(false)

    const delivered = await deliveredOrder({ token: shopper.token, quantity: 1 })
    expect(delivered.order.id).not.toBe(order.id)
    const later = await writeReview(boughtId, aReview({ title: "After delivery" }), shopper.token)
    expect(later.body.review).toMatchObject({ id: early.body.review.id, verified_buyer: true })
    await moderate(later.body.review.id, "reject")

    // Another product the shopper never bought is not verified.
    const other = await writeReview(productId, aReview(), shopper.token)
    expect(other.body.review.verified_buyer).toBe(false)
    await moderate(other.body.review.id, "reject")
  })
})

/** A seeded step set: its one variant, and the ids of the products it is made of (as its page lists them). */
async function stepSet(handle: string) {
  const { body: page } = await store(`/store/product-pages/${handle}?region_id=${regionId}`)
  const { body } = await store(`/store/products?handle=${handle}&fields=variants.id`)
  const productIds = await Promise.all(
    page.product.components.map(async (component: { handle: string }) => {
      const { body: found } = await store(`/store/products?handle=${component.handle}&fields=id`)
      return found.products[0].id as string
    })
  )
  expect(productIds.length).toBeGreaterThan(1)
  return { variantId: body.products[0].variants[0].id as string, productIds }
}

describe("verified buyers of a step set", { timeout: 180_000 }, () => {
  it("counts each of the set's products as bought once an order of the set was delivered, and not before", async () => {
    const set = await stepSet("exfoliate-set")
    const shopper = await registerShopper("set-buyer")
    const order = await placeOrder({ token: shopper.token, quantity: 1, variantId: set.variantId })
    const fulfillmentId = await fulfil(order)
    await ship(order, fulfillmentId)
    try {
      // Ordered, fulfilled and on its way, but not delivered: not verified yet.
      const early = await writeReview(set.productIds[0], aReview(), shopper.token)
      expect(early.status, JSON.stringify(early.body)).toBe(201)
      expect(early.body.review.verified_buyer).toBe(false)

      await markDelivered(order, fulfillmentId)
      for (const id of set.productIds) {
        const later = await writeReview(id, aReview({ title: "It came in the set" }), shopper.token)
        expect(later.status, JSON.stringify(later.body)).toBe(201)
        expect(later.body.review.verified_buyer, id).toBe(true)
      }
      expect((await staffReviewsOf(set.productIds[0])).find((r) => r.customer_id === shopper.customerId)).toMatchObject(
        { id: early.body.review.id, verified_buyer: true }
      )

      // A product that is not in the set stays unverified.
      const other = await writeReview(productId, aReview(), shopper.token)
      expect(other.body.review.verified_buyer).toBe(false)
    } finally {
      for (const id of [...set.productIds, productId]) {
        for (const review of await staffReviewsOf(id)) {
          if (review.customer_id === shopper.customerId) await moderate(review.id, "reject")
        }
      }
    }
  })
})

describe("sales channels", () => {
  it("answers 404 for a product outside the publishable key's channel, reading or writing", async () => {
    const { body: channel } = await admin("/admin/sales-channels", { token, body: { name: `Empty ${WORD}` } })
    const { body: key } = await admin("/admin/api-keys", {
      token,
      body: { title: `Empty ${WORD}`, type: "publishable" },
    })
    try {
      await admin(`/admin/api-keys/${key.api_key.id}/sales-channels`, {
        token,
        body: { add: [channel.sales_channel.id] },
      })
      const headers = { "x-publishable-api-key": key.api_key.token }
      const read = await store(`/store/products/${productId}/reviews`, { headers })
      expect(read.status).toBe(404)
      expect(read.body.message).toBe(`There is no product with the id "${productId}" in this store.`)
      const shopper = await registerShopper("channel")
      const write = await writeReview(productId, aReview(), shopper.token, { ...uniqueClient(), ...headers })
      expect(write.status).toBe(404)
      expect((await staffReviewsOf(productId)).some((r) => r.customer_id === shopper.customerId)).toBe(false)
      const unknown = await store(`/store/products/prod_does_not_exist/reviews`)
      expect(unknown.status).toBe(404)
    } finally {
      await admin(`/admin/api-keys/${key.api_key.id}`, { token, method: "DELETE" })
      await admin(`/admin/sales-channels/${channel.sales_channel.id}`, { token, method: "DELETE" })
    }
  })
})

describe("step sets", () => {
  it("show the average of their products' reviews, marked as the set's products'", async () => {
    const { body } = await store(`/store/catalog?region_id=${regionId}&limit=100&include_bundles=true`)
    const set = body.products.find((p: { is_bundle: boolean }) => p.is_bundle)
    const { body: page } = await store(`/store/product-pages/${set.handle}?region_id=${regionId}`)
    const componentHandles = page.product.components.map((c: { handle: string }) => c.handle) as string[]
    const components = {
      products: body.products.filter((p: { handle: string }) => componentHandles.includes(p.handle)),
    }
    expect(components.products.length).toBe(componentHandles.length)
    const shopper = await registerShopper("set")
    const onTheSet = await writeReview(set.id, aReview(), shopper.token)
    expect(onTheSet.status).toBe(400)
    expect(onTheSet.body.message).toBe(
      "A step set is reviewed through its products: please review each of them on its own page."
    )
    const written = await writeReview(components.products[0].id, aReview({ rating: 4 }), shopper.token)
    await moderate(written.body.review.id, "approve")
    try {
      const pooled = (
        await Promise.all(components.products.map((p: { id: string }) => reviewsOf(p.id, "?limit=50")))
      ).flatMap((answer) => answer.reviews.map((r: { rating: number }) => r.rating)) as number[]
      const rating = await productPageRating(set.handle)
      expect(rating.of_set).toBe(true)
      expect(rating.count).toBe(pooled.length)
      expect(rating.average).toBe(Math.round((pooled.reduce((a, b) => a + b, 0) / pooled.length) * 10) / 10)
      const { body: listing } = await store(`/store/catalog?region_id=${regionId}&limit=100&include_bundles=true`)
      const card = listing.products.find((p: { handle: string }) => p.handle === set.handle)
      expect(card.rating).toEqual(rating)
      // The guide's cards carry the same figures: the set's, and its reviewed product's.
      const { body: guide } = await store(`/store/guides/pore-care?region_id=${regionId}`)
      const guideCards = guide.guide.sections.flatMap((section: { products: { id: string }[] }) => section.products)
      const reviewed = components.products[0]
      expect(guideCards.find((p: { id: string }) => p.id === reviewed.id).rating).toEqual(
        await productPageRating(reviewed.handle)
      )
    } finally {
      await moderate(written.body.review.id, "reject")
    }
  })
})

describe("deleting an account", () => {
  it("anonymises the shopper's reviews: they stay, without name, skin type or account", async () => {
    const shopper = await registerShopper("leaving")
    const { body } = await writeReview(productId, aReview({ rating: 3, skin_type: "dry" }), shopper.token)
    expect(body.review).toMatchObject({ author: "Test L.", skin_type: "dry" })
    await moderate(body.review.id, "approve")
    const deleted = await store("/store/customers/me", { method: "DELETE", token: shopper.token })
    expect(deleted.status).toBe(200)
    const kept = (await staffReviewsOf(productId)).find((r) => r.id === body.review.id)
    expect(kept).toMatchObject({ customer_id: null, author: null, skin_type: null, rating: 3, status: "approved" })
    const shown = (await reviewsOf(productId)).reviews.find((r: { id: string }) => r.id === body.review.id)
    expect(shown).toMatchObject({ author: null, skin_type: null })
  })
})

describe("rate limits", () => {
  it("let a shopper write 10 reviews an hour, then refuse with 429, Retry-After and a sentence", async () => {
    const shopper = await registerShopper("prolific")
    const client = uniqueClient()
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const { status } = await writeReview(productId, aReview({ rating: (attempt % 5) + 1 }), shopper.token, client)
      expect(status, `attempt ${attempt}`).toBe(201)
    }
    const refused = await writeReview(productId, aReview(), shopper.token, uniqueClient())
    expect(refused.status).toBe(429)
    expect(refused.body.message).toMatch(
      /^Too many review attempts\. For your security, please wait \d+ minutes and try again\.$/
    )
  })

  it("let one client try 30 times an hour, signed in or not, then refuse", async () => {
    const client = uniqueClient()
    const attempt = () =>
      post(`/store/products/${productId}/reviews`, aReview(), {
        ...client,
        "x-publishable-api-key": stack.publishableKey,
      })
    for (let n = 1; n <= 30; n += 1) {
      expect((await attempt()).status, `attempt ${n}`).toBe(401)
    }
    const refused = await attempt()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
  })
})
