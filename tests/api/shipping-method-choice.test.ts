import { describe, expect, it } from "vitest"
import { admin, adminToken, store, uniqueEmail } from "../support/api"
import { cartInGermany, germanAddress } from "../support/checkout"
import { staffPromotion } from "../support/promotions"
import { registerShopper } from "../support/shopper"

// POST /store/carts/:id/shipping-method: the checkout page's shipping method (the cheapest one
// preselected on the first visit, or another the shopper picks), priced without Medusa's whole
// cart refresh. Each case runs the same steps on a twin cart through Medusa's own
// POST /store/carts/:id/shipping-methods, and both must come out the same.

const FIELDS =
  "item_total,shipping_total,shipping_tax_total,discount_total,tax_total,total,items.unit_price," +
  "shipping_methods.name,shipping_methods.amount,shipping_methods.tax_lines.rate,payment_collection.amount"

type Cart = Record<string, any>

/** What the shopper sees of a cart: the totals, the items' prices, the shipping method. */
function seen(cart: Cart) {
  return {
    item_total: cart.item_total,
    shipping_total: cart.shipping_total,
    shipping_tax_total: cart.shipping_tax_total,
    discount_total: cart.discount_total,
    tax_total: cart.tax_total,
    total: cart.total,
    unit_prices: cart.items.map((item: { unit_price: number }) => item.unit_price),
    methods: cart.shipping_methods.map((m: { name: string; amount: number; tax_lines: { rate: number }[] }) => ({
      name: m.name,
      amount: m.amount,
      rates: m.tax_lines.map((line) => line.rate),
    })),
  }
}

async function optionIds(cartId: string, token?: string) {
  const { body } = await store(`/store/shipping-options?cart_id=${cartId}`, { token })
  const id = (name: string) => body.shipping_options.find((o: { name: string }) => o.name === name).id as string
  return { standard: id("Standard shipping"), express: id("Express shipping") }
}

function chooseOurs(cartId: string, shipping_option_id: string, token?: string) {
  return store(`/store/carts/${cartId}/shipping-method?fields=${FIELDS}`, { token, body: { shipping_option_id } })
}

function chooseMedusas(cartId: string, option_id: string) {
  return store(`/store/carts/${cartId}/shipping-methods?fields=${FIELDS}`, { body: { option_id } })
}

describe("POST /store/carts/:id/shipping-method: the checkout page's shipping method", () => {
  it("prices the method with its VAT for the cart's country, replaces it when another is chosen, as Medusa's route does", async () => {
    const ours = await cartInGermany(FIELDS)
    const twin = await cartInGermany(FIELDS)
    const options = await optionIds(ours.cart.id)

    const standard = await chooseOurs(ours.cart.id, options.standard)
    expect(standard.status, JSON.stringify(standard.body)).toBe(200)
    const cart = standard.body.cart
    expect(cart.items[0].unit_price).toBe(ours.price)
    expect(cart.shipping_methods).toHaveLength(1)
    expect(cart.shipping_methods[0].name).toBe("Standard shipping")
    expect(cart.shipping_methods[0].tax_lines.map((line: { rate: number }) => line.rate)).toEqual([19])
    expect(cart.shipping_total).toBeGreaterThan(0)
    expect(cart.total).toBeCloseTo(cart.item_total + cart.shipping_total, 2)
    expect(cart.tax_total).toBeCloseTo(((cart.item_total + cart.shipping_total) * 19) / 119, 2)
    expect(seen(cart)).toEqual(seen((await chooseMedusas(twin.cart.id, options.standard)).body.cart))

    const express = await chooseOurs(ours.cart.id, options.express)
    expect(express.status).toBe(200)
    expect(express.body.cart.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Express shipping"])
    expect(express.body.cart.total).toBeGreaterThan(cart.total)
    expect(seen(express.body.cart)).toEqual(seen((await chooseMedusas(twin.cart.id, options.express)).body.cart))
  })

  it("recomputes a shipping promotion for the new method and brings the payment to the new total", async () => {
    const { code, remove } = await staffPromotion("SHIPFREE", {
      application_method: {
        type: "percentage",
        target_type: "shipping_methods",
        allocation: "each",
        value: 100,
        max_quantity: 1,
      },
    })
    try {
      const ours = await cartInGermany(FIELDS)
      const twin = await cartInGermany(FIELDS)
      const options = await optionIds(ours.cart.id)
      // Standard shipping and the code, then a checkout (a payment collection); then Express.
      for (const [cartId, choose] of [
        [ours.cart.id, chooseOurs],
        [twin.cart.id, chooseMedusas],
      ] as const) {
        expect((await choose(cartId, options.standard)).status).toBe(200)
        const applied = await store(`/store/carts/${cartId}/promotions`, { body: { promo_codes: [code] } })
        expect(applied.status, JSON.stringify(applied.body)).toBe(200)
        const checkout = await store(`/store/carts/${cartId}/checkout`, {
          body: {
            email: uniqueEmail("ship-promo"),
            shipping_address: germanAddress,
            shipping_option_id: options.standard,
            provider_id: "pp_system_default",
          },
        })
        expect(checkout.status, JSON.stringify(checkout.body)).toBe(200)
      }
      const express = await chooseOurs(ours.cart.id, options.express)
      expect(express.status).toBe(200)
      const cart = express.body.cart
      expect(cart.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Express shipping"])
      expect(cart.shipping_total, "the new method is free with the code").toBe(0)
      expect(cart.discount_total).toBeGreaterThan(0)
      expect(cart.total).toBeCloseTo(cart.item_total, 2)
      expect(cart.payment_collection.amount).toBeCloseTo(cart.total, 2)
      const medusas = (await chooseMedusas(twin.cart.id, options.express)).body.cart
      expect(seen(cart)).toEqual(seen(medusas))
      expect(cart.payment_collection.amount).toBe(medusas.payment_collection.amount)
    } finally {
      await remove()
    }
  })

  it("refuses bad input and an option this cart cannot have with a 4xx and a sentence, and writes nothing", async () => {
    const { cart } = await cartInGermany("id")
    const options = await optionIds(cart.id)
    for (const body of [
      {},
      { shipping_option_id: "so_'; drop table cart" },
      { shipping_option_id: options.standard, option_id: options.express },
      { shipping_option_id: 42 },
      { shipping_option_id: "so_01NOSUCHOPTION000000000000" },
    ]) {
      const { status, body: answer } = await store(`/store/carts/${cart.id}/shipping-method`, { body })
      expect(status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
      expect(status, JSON.stringify(body)).toBeLessThan(500)
      expect(answer.message, JSON.stringify(body)).toMatch(/\w+ \w+/)
    }
    const { body } = await store(`/store/carts/${cart.id}?fields=shipping_methods.id,total,item_total`)
    expect(body.cart.shipping_methods).toEqual([])
    expect(body.cart.total).toBe(body.cart.item_total)
  })

  it("answers 404 for a registered shopper's cart to anyone else, and 404 for a cart that does not exist", async () => {
    const shopper = await registerShopper("shipping-choice-owner")
    const { body: opened } = await store("/store/carts", {
      token: shopper.token,
      body: { region_id: (await cartInGermany("region_id")).cart.region_id },
    })
    await store(`/store/carts/${opened.cart.id}`, {
      token: shopper.token,
      body: { shipping_address: { country_code: "de" } },
    })
    const options = await optionIds(opened.cart.id, shopper.token)
    const stranger = await store(`/store/carts/${opened.cart.id}/shipping-method`, {
      body: { shipping_option_id: options.standard },
    })
    expect(stranger.status).toBe(404)
    const owner = await chooseOurs(opened.cart.id, options.standard, shopper.token)
    expect(owner.status, JSON.stringify(owner.body)).toBe(200)
    const missing = await store(`/store/carts/cart_01NOSUCHCART0000000000000/shipping-method`, {
      body: { shipping_option_id: options.standard },
    })
    expect(missing.status).toBe(404)
    expect(missing.body.message).toMatch(/\w+ \w+/)
  })
})

describe("the one-call checkout after the page's shipping method", () => {
  const CHECKOUT_FIELDS = `${FIELDS},shipping_methods.id`

  function checkoutWith(cartId: string, shipping_option_id: string) {
    return store(`/store/carts/${cartId}/checkout?fields=${CHECKOUT_FIELDS}`, {
      body: {
        email: uniqueEmail("kept-method"),
        shipping_address: germanAddress,
        shipping_option_id,
        provider_id: "pp_system_default",
      },
    })
  }

  it("keeps the method the page chose when the street address changes nothing it depends on, into the order", async () => {
    const { cart } = await cartInGermany("id")
    const options = await optionIds(cart.id)
    const chosen = (
      await store(`/store/carts/${cart.id}/shipping-method?fields=${CHECKOUT_FIELDS}`, {
        body: { shipping_option_id: options.standard },
      })
    ).body.cart

    const { status, body } = await checkoutWith(cart.id, options.standard)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(
      body.cart.shipping_methods.map((m: { id: string }) => m.id),
      "the same method"
    ).toEqual(chosen.shipping_methods.map((m: { id: string }) => m.id))
    expect(seen(body.cart)).toEqual(seen(chosen))
    expect(body.cart.payment_collection.amount).toBeCloseTo(body.cart.total, 2)

    const completed = await store(
      `/store/carts/${cart.id}/complete?fields=id,total,shipping_total,shipping_methods.name`,
      {
        body: {},
      }
    )
    expect(completed.body.type).toBe("order")
    expect(completed.body.order.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Standard shipping"])
    expect(completed.body.order.total).toBeCloseTo(body.cart.total, 2)
  })

  it("prices the method again for another option, or where a shipping zone is drawn by postal code", async () => {
    const { cart } = await cartInGermany("id")
    const options = await optionIds(cart.id)
    await chooseOurs(cart.id, options.standard)
    const express = await checkoutWith(cart.id, options.express)
    expect(express.status).toBe(200)
    expect(express.body.cart.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Express shipping"])

    // Staff add a zone by postal code beside Germany's in the standard option's service zone: the
    // postal code may now decide which options ship, so the checkout lists and prices it again.
    const token = await adminToken()
    const { body: option } = await admin(
      `/admin/shipping-options/${options.standard}?fields=service_zone.id,service_zone.fulfillment_set_id,*service_zone.geo_zones`,
      { token }
    )
    const zone = option.shipping_option.service_zone
    const zoneUrl = `/admin/fulfillment-sets/${zone.fulfillment_set_id}/service-zones/${zone.id}`
    const kept = zone.geo_zones.map((geo: Record<string, unknown>) => ({
      id: geo.id,
      type: geo.type,
      country_code: geo.country_code,
      ...(geo.province_code ? { province_code: geo.province_code } : {}),
      ...(geo.city ? { city: geo.city } : {}),
      ...(geo.postal_expression ? { postal_expression: geo.postal_expression } : {}),
    }))
    const byPostalCode = {
      type: "zip",
      country_code: "de",
      province_code: "de-sn",
      city: "Leipzig",
      postal_expression: { type: "exact", value: "04107" },
    }
    const drawn = await admin(zoneUrl, { token, body: { geo_zones: [...kept, byPostalCode] } })
    expect(drawn.status, JSON.stringify(drawn.body)).toBe(200)
    try {
      const other = await cartInGermany("id")
      const chosen = (
        await store(`/store/carts/${other.cart.id}/shipping-method?fields=shipping_methods.id`, {
          body: { shipping_option_id: options.standard },
        })
      ).body.cart
      const { status, body } = await checkoutWith(other.cart.id, options.standard)
      expect(status, JSON.stringify(body)).toBe(200)
      expect(body.cart.shipping_methods).toHaveLength(1)
      expect(body.cart.shipping_methods[0].name).toBe("Standard shipping")
      expect(body.cart.shipping_methods[0].id, "a method added anew").not.toBe(chosen.shipping_methods[0].id)
    } finally {
      const restored = await admin(zoneUrl, { token, body: { geo_zones: kept } })
      expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    }
  })
})
