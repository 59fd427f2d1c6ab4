import type { GuideSection } from "@lacremeluxe/shared"
import { beforeAll, describe, expect, it } from "vitest"
import { regionByName, store, uniqueEmail } from "../support/api"
import { sql } from "../support/alerts"
import { addItem, checkout } from "../support/checkout"
import { seededTranslations } from "../support/seed"

// A shopper without a cart gets it with the first items in one call (issue 14): the storefront's
// add-to-cart and "shop this step" send `items` with `POST /store/carts` (Medusa's
// createCartWorkflow) instead of creating the cart and then adding the line: one cart refresh
// instead of two. The lines must be the ones the two calls make: price, titles in the cart's
// language, stock checked.

const LINE_FIELDS =
  "id,locale,item_total,total,items.variant_id,items.quantity,items.unit_price,items.title,items.product_title,items.product_handle,items.variant_title"

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

describe("POST /store/carts with items: the cart and its first lines in one call", () => {
  it("gives a German cart the set's line as creating the cart and adding the set does: price, German titles, order", async () => {
    const oneCall = await store<{ cart: Cart }>(`/store/carts?fields=${LINE_FIELDS}`, {
      body: { region_id: europe.id, locale: "de-DE", items: [{ variant_id: set.variant_id, quantity: 2 }] },
    })
    expect(oneCall.status, JSON.stringify(oneCall.body)).toBe(200)

    const created = await store<{ cart: Cart }>("/store/carts", { body: { region_id: europe.id, locale: "de-DE" } })
    const added = await addItem(created.body.cart.id, set.variant_id, 2)
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const { body: twoCalls } = await store<{ cart: Cart }>(`/store/carts/${created.body.cart.id}?fields=${LINE_FIELDS}`)

    const cart = oneCall.body.cart
    expect(cart.locale).toBe("de-DE")
    expect(lines(cart)).toEqual(lines(twoCalls.cart))
    expect(cart.items[0]).toMatchObject({ variant_id: set.variant_id, quantity: 2, unit_price: set.price })
    expect({ item_total: cart.item_total, total: cart.total }).toEqual({
      item_total: twoCalls.cart.item_total,
      total: twoCalls.cart.total,
    })
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
      const { status, body } = await store("/store/carts", { body: { region_id: europe.id, email, items } })
      expect({ status, message: body.message }, JSON.stringify(items)).toEqual({
        status: 400,
        message: expect.stringMatching(names),
      })
    }
    // A price in the body is not the shopper's to set: Medusa's schema drops it, the line has the set's price.
    const priced = await store<{ cart: Cart }>(`/store/carts?fields=${LINE_FIELDS}`, {
      body: { region_id: europe.id, items: [{ variant_id: set.variant_id, quantity: 1, unit_price: 1 }] },
    })
    expect(priced.status, JSON.stringify(priced.body)).toBe(200)
    expect(priced.body.cart.items.map((item) => item.unit_price)).toEqual([set.price])
    // The storefront tells the shopper "out of stock" when the backend's words name the inventory.
    const { status, body } = await store("/store/carts", {
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
