import { NEW_CART_PATH, newCartBody, type GuideSection } from "@lacremeluxe/shared"
import { beforeAll, describe, expect, it } from "vitest"
import { regionByName, store, uniqueEmail } from "../support/api"
import { staffPromotion } from "../support/promotions"
import { registerShopper } from "../support/shopper"
import { sql } from "../support/alerts"
import { addItem, checkout } from "../support/checkout"
import { seededTranslations } from "../support/seed"

// A shopper without a cart gets it with the first items in one call (issue 14): the storefront's
// add-to-cart and "shop this step" send `items` to NEW_CART_PATH, Medusa's `POST /store/carts`
// through our open-cart workflow (Medusa's createCartWorkflow without the promotions' and payment
// collection's refreshes when they cannot change anything). Its cart must be the one Medusa's route
// makes from the same body, and the one creating the cart and then adding the line makes: lines,
// prices, titles in the cart's language, taxes, promotions, customer, sales channel, stock checked.

const LINE_FIELDS =
  "id,locale,item_total,total,items.variant_id,items.quantity,items.unit_price,items.title,items.product_title,items.product_handle,items.variant_title"
/** What must be the same in a cart from our route and one from Medusa's. */
const CART_FIELDS = `${LINE_FIELDS},currency_code,region_id,sales_channel_id,customer.id,email,subtotal,tax_total,discount_total,shipping_address.country_code,items.tax_lines.rate,items.tax_lines.code,items.adjustments.amount,items.adjustments.code,promotions.code`

type Line = {
  variant_id: string
  quantity: number
  unit_price: number
  title: string
  product_title: string
  product_handle: string
  variant_title: string
}
type Cart = { id: string; locale: string; item_total: number; total: number; items: Line[] }
type FullCart = Cart & {
  discount_total: number
  customer?: { id: string } | null
  email: string | null
  sales_channel_id: string
  items: (Line & { adjustments?: { amount: number; code: string }[]; tax_lines?: { rate: number }[] })[]
}

let europe: { id: string }
let set: { variant_id: string; handle: string; price: number }

beforeAll(async () => {
  europe = await regionByName("Europe")
  const { body } = await store(`/store/guides/pore-care?region_id=${europe.id}`)
  const bundle = (body.guide.sections as GuideSection[]).find((section) => section.bundle?.in_stock)?.bundle
  if (!bundle) {
    throw new Error("the seeded guide has no set in stock")
  }
  set = bundle
})

const lines = (cart: Cart) =>
  cart.items.map(({ variant_id, quantity, unit_price, title, product_title, product_handle, variant_title }) => ({
    variant_id,
    quantity,
    unit_price,
    title,
    product_title,
    product_handle,
    variant_title,
  }))

/** A cart without its rows' own ids: what two carts made from one body must share. */
const seen = (cart: FullCart) => JSON.parse(JSON.stringify(cart, (key, value) => (key === "id" ? undefined : value)))

/** The same body to our route and to Medusa's: both carts, answered with CART_FIELDS. */
async function twinCarts(body: Record<string, unknown>, token?: string) {
  const ours = await store<{ cart: FullCart }>(`${NEW_CART_PATH}?fields=${CART_FIELDS}`, { body, token })
  const medusas = await store<{ cart: FullCart }>(`/store/carts?fields=${CART_FIELDS}`, { body, token })
  expect(ours.status, JSON.stringify(ours.body)).toBe(200)
  expect(medusas.status, JSON.stringify(medusas.body)).toBe(200)
  expect(seen(ours.body.cart)).toEqual(seen(medusas.body.cart))
  return ours.body.cart
}

const germanSet = (quantity = 1) =>
  newCartBody({
    region_id: europe.id,
    country_code: "de",
    locale: "de-DE",
    items: [{ variant_id: set.variant_id, quantity }],
  })

describe("a new cart with its first items in one call (NEW_CART_PATH)", () => {
  it("gives a German cart the set's line as Medusa's route and creating the cart and adding the set do: price, German titles, taxes", async () => {
    const cart = await twinCarts(germanSet(2))

    const created = await store<{ cart: Cart }>("/store/carts", { body: { region_id: europe.id, locale: "de-DE" } })
    const added = await addItem(created.body.cart.id, set.variant_id, 2)
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const { body: twoCalls } = await store<{ cart: Cart }>(`/store/carts/${created.body.cart.id}?fields=${LINE_FIELDS}`)

    expect(cart.locale).toBe("de-DE")
    expect(lines(cart)).toEqual(lines(twoCalls.cart))
    expect(cart.items[0]).toMatchObject({ variant_id: set.variant_id, quantity: 2, unit_price: set.price })
    expect(cart.item_total).toBe(twoCalls.cart.item_total)
    expect(cart.discount_total).toBe(0)
    // The titles are the German ones the seed gives the set (Medusa translates the line as it makes it).
    const words = await seededTranslations("de-DE")
    const german = words.bundles[set.handle]?.title
    expect(german, `the seed translates ${set.handle}`).toBeTruthy()
    expect(cart.items[0].product_title).toBe(german)

    // And the cart checks out like any other: the order has the line at its price.
    const { status, body: placed } = await checkout(cart.id, undefined, words.shipping_options["Standard shipping"])
    expect(status, JSON.stringify(placed)).toBe(200)
    expect(placed.type).toBe("order")
    expect(
      placed.order.items.map((item: Line) => ({ variant_id: item.variant_id, unit_price: item.unit_price }))
    ).toEqual([{ variant_id: set.variant_id, unit_price: set.price }])
  })

  it("applies an automatic promotion and a code in the body as Medusa's route does", async () => {
    const tenPercent = {
      application_method: { type: "percentage", target_type: "items", allocation: "each", value: 10, max_quantity: 5 },
    }
    const automatic = await staffPromotion("AUTO", { ...tenPercent, is_automatic: true })
    try {
      const cart = await twinCarts(germanSet())
      // 10 % off the set, on the line, named by the automatic promotion's code: the adjustment
      // without the German VAT, the cart's discount with it.
      expect(cart.items[0].adjustments?.map(({ code, amount }) => ({ code, amount }))).toEqual([
        { code: automatic.code, amount: expect.closeTo(set.price / 10 / 1.19, 2) },
      ])
      expect(cart.items[0].tax_lines?.map((line) => line.rate)).toEqual([19])
      expect(cart.discount_total).toBeCloseTo(set.price / 10, 2)
    } finally {
      await automatic.remove()
    }
    const coded = await staffPromotion("WELCOME", tenPercent)
    try {
      const cart = await twinCarts({ ...germanSet(), promo_codes: [coded.code] })
      expect(cart.items[0].adjustments?.map(({ code, amount }) => ({ code, amount }))).toEqual([
        { code: coded.code, amount: expect.closeTo(set.price / 10 / 1.19, 2) },
      ])
      expect(cart.discount_total).toBeCloseTo(set.price / 10, 2)
    } finally {
      await coded.remove()
    }
  })

  it("makes a signed-in shopper's cart theirs, in the publishable key's sales channel", async () => {
    const shopper = await registerShopper("new-cart")
    const cart = await twinCarts(germanSet(), shopper.token)
    expect({ customer_id: cart.customer?.id, email: cart.email }).toEqual({
      customer_id: shopper.customerId,
      email: shopper.email,
    })
    const { body: key } = await store<{ cart: FullCart }>(`/store/carts/${cart.id}?fields=sales_channel_id`, {
      token: shopper.token,
    })
    expect(key.cart.sales_channel_id).toBe(cart.sales_channel_id)

    // Another sales channel than the key's is refused by both routes alike, and nothing is written.
    const email = uniqueEmail("other-channel")
    const body = { ...germanSet(), email, sales_channel_id: "sc_another_channel" }
    const ours = await store(NEW_CART_PATH, { body })
    const medusas = await store("/store/carts", { body })
    expect(ours.status).toBeGreaterThanOrEqual(400)
    expect(ours.status).toBeLessThan(500)
    expect({ status: ours.status, message: ours.body.message }).toEqual({
      status: medusas.status,
      message: medusas.body.message,
    })
    const [{ carts }] = await sql<{ carts: number }>("select count(*)::int as carts from cart where email = $1", [
      email,
    ])
    expect(carts).toBe(0)
  })

  it("refuses bad items with a 400 that names the fault, and leaves no cart behind", async () => {
    const email = uniqueEmail("bad-items")
    const cases: [unknown, RegExp][] = [
      [[{ variant_id: set.variant_id, quantity: 0 }], /items, 0, quantity.*too small/],
      [[{ variant_id: set.variant_id, quantity: "one" }], /items, 0, quantity/],
      [[{ variant_id: set.variant_id }], /items, 0, quantity.*required/],
      [[{ variant_id: "variant_nowhere", quantity: 1 }], /variant_nowhere do not exist/],
      ["the set", /Expected type: 'array' for field 'items'/],
    ]
    for (const [items, names] of cases) {
      const { status, body } = await store(NEW_CART_PATH, { body: { region_id: europe.id, email, items } })
      expect({ status, message: body.message }, JSON.stringify(items)).toEqual({
        status: 400,
        message: expect.stringMatching(names),
      })
    }
    // A price in the body is not the shopper's to set: Medusa's schema drops it, the line has the set's price.
    const priced = await store<{ cart: Cart }>(`${NEW_CART_PATH}?fields=${LINE_FIELDS}`, {
      body: { region_id: europe.id, items: [{ variant_id: set.variant_id, quantity: 1, unit_price: 1 }] },
    })
    expect(priced.status, JSON.stringify(priced.body)).toBe(200)
    expect(priced.body.cart.items.map((item) => item.unit_price)).toEqual([set.price])
    // The storefront tells the shopper "out of stock" when the backend's words name the inventory.
    const { status, body } = await store(NEW_CART_PATH, {
      body: { region_id: europe.id, email, items: [{ variant_id: set.variant_id, quantity: 100000 }] },
    })
    expect({ status, code: body.code, message: body.message }).toEqual({
      status: 400,
      code: "insufficient_inventory",
      message: expect.stringMatching(/inventory/),
    })
    // Each refusal came before the cart was written: none with the shopper's e-mail exists, not
    // even a deleted one (a workflow that wrote it and then undid it would leave that).
    const [{ carts }] = await sql<{ carts: number }>("select count(*)::int as carts from cart where email = $1", [
      email,
    ])
    expect(carts).toBe(0)
  })
})
