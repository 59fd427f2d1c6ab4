import { describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store, uniqueEmail } from "../support/api"
import { cartInGermany, germanAddress as address, postalCodePriceList } from "../support/checkout"
import { staffPromotion } from "../support/promotions"
import { registerShopper } from "../support/shopper"

const CART_FIELDS =
  "id,email,*shipping_address,*billing_address,shipping_methods.name,shipping_methods.amount,*payment_collection.payment_sessions"

async function cartWithItem(regionName = "Europe", token?: string) {
  const region = await regionByName(regionName)
  const { body: products } = await store(`/store/products?region_id=${region.id}&fields=id,variants.id&limit=1`)
  const { body } = await store("/store/carts", { token, body: { region_id: region.id } })
  const added = await store(`/store/carts/${body.cart.id}/line-items`, {
    token,
    body: { variant_id: products.products[0].variants[0].id, quantity: 1 },
  })
  expect(added.status).toBe(200)
  return body.cart.id as string
}

/**
 * The id of the cart's option of that name, as the storefront's checkout finds it: once the cart
 * knows its country (without one, the options of every service zone answer, and names repeat).
 */
async function optionId(cartId: string, name: string, token?: string) {
  await store(`/store/carts/${cartId}`, { token, body: { shipping_address: { country_code: "de" } } })
  const { body } = await store(`/store/shipping-options?cart_id=${cartId}`, { token })
  return body.shipping_options.find((o: { name: string }) => o.name === name).id as string
}

describe("POST /store/carts/:id/checkout: the checkout form in one call", () => {
  it("sets e-mail, addresses, the shipping method and a payment session; completing then places the order", async () => {
    const cartId = await cartWithItem()
    const email = uniqueEmail("one-call")
    const express = await optionId(cartId, "Express shipping")
    const { status, body } = await store(`/store/carts/${cartId}/checkout?fields=${CART_FIELDS}`, {
      body: { email, shipping_address: address, shipping_option_id: express, provider_id: "pp_system_default" },
    })
    expect(status).toBe(200)
    expect(body.cart.email).toBe(email)
    expect(body.cart.shipping_address).toMatchObject({ postal_code: "04107", city: "Leipzig", country_code: "de" })
    expect(body.cart.billing_address).toMatchObject({ postal_code: "04107", last_name: "Lindqvist" })
    expect(body.cart.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Express shipping"])
    const sessions = body.cart.payment_collection.payment_sessions
    expect(sessions.map((s: { provider_id: string }) => s.provider_id)).toEqual(["pp_system_default"])

    // Again with standard shipping: the method is replaced, still one session, for the new total.
    const standard = await optionId(cartId, "Standard shipping")
    const again = await store(`/store/carts/${cartId}/checkout?fields=${CART_FIELDS},total`, {
      body: { email, shipping_address: address, shipping_option_id: standard, provider_id: "pp_system_default" },
    })
    expect(again.status).toBe(200)
    expect(again.body.cart.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Standard shipping"])
    expect(again.body.cart.payment_collection.payment_sessions).toHaveLength(1)
    expect(again.body.cart.payment_collection.payment_sessions[0].amount).toBeCloseTo(again.body.cart.total, 2)

    const completed = await store(`/store/carts/${cartId}/complete`, { body: {} })
    expect(completed.body.type).toBe("order")
    expect(completed.body.order.email).toBe(email)
    expect(completed.body.order.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Standard shipping"])
  })

  it("refuses a malformed form with a 400 and a sentence, before anything is written", async () => {
    const cartId = await cartWithItem()
    const standard = await optionId(cartId, "Standard shipping")
    const base = {
      email: uniqueEmail("bad"),
      shipping_address: address,
      shipping_option_id: standard,
      provider_id: "pp_system_default",
    }
    for (const body of [
      { ...base, email: "not-an-address" },
      { ...base, shipping_address: { ...address, country_code: "Germany" } },
      { ...base, shipping_address: { ...address, city: "" } },
      { ...base, shipping_option_id: "so_'; drop table cart" },
      { ...base, unexpected: true },
    ]) {
      const { status, body: answer } = await store(`/store/carts/${cartId}/checkout`, { body })
      expect(status, JSON.stringify(body)).toBe(400)
      expect(answer.message).toMatch(/\w+ \w+/)
    }
    const { body } = await store(`/store/carts/${cartId}?fields=email,*shipping_address,shipping_methods.id`)
    expect(body.cart.email ?? null).toBeNull()
    expect(body.cart.shipping_methods).toEqual([])
  })

  it("refuses a payment provider the region does not offer before writing anything", async () => {
    const cartId = await cartWithItem()
    const standard = await optionId(cartId, "Standard shipping")
    const { status, body } = await store(`/store/carts/${cartId}/checkout`, {
      body: {
        email: uniqueEmail("refused"),
        shipping_address: address,
        shipping_option_id: standard,
        provider_id: "pp_nowhere_nowhere",
      },
    })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(body.message).toBeTruthy()
    const { body: after } = await store(
      `/store/carts/${cartId}?fields=email,shipping_address.postal_code,shipping_methods.id,payment_collection.id`
    )
    expect(after.cart.shipping_address?.postal_code ?? null).toBeNull()
    expect(after.cart.shipping_methods).toEqual([])
  })

  it("answers 404 for a registered shopper's cart to anyone else", async () => {
    const shopper = await registerShopper("one-call-owner")
    const cartId = await cartWithItem("Europe", shopper.token)
    const standard = await optionId(cartId, "Standard shipping", shopper.token)
    const form = {
      email: shopper.email,
      shipping_address: address,
      shipping_option_id: standard,
      provider_id: "pp_system_default",
    }
    const stranger = await store(`/store/carts/${cartId}/checkout`, { body: form })
    expect(stranger.status).toBe(404)
    const owner = await store(`/store/carts/${cartId}/checkout?fields=id,email`, { token: shopper.token, body: form })
    expect(owner.status, JSON.stringify(owner.body)).toBe(200)
    expect(owner.body.cart.email).toBe(shopper.email)
  })
})

describe("promotions through the one-call checkout", () => {
  const PROMOTION_FIELDS = "item_total,discount_total,total,promotions.code,payment_collection.amount"

  async function pricedCart(email?: string) {
    const region = await regionByName("Europe")
    const { body: products } = await store(
      `/store/products?region_id=${region.id}&fields=id,variants.id,*variants.calculated_price&limit=1`
    )
    const variant = products.products[0].variants[0]
    const { body } = await store("/store/carts", {
      body: { region_id: region.id, email, items: [{ variant_id: variant.id, quantity: 2 }] },
    })
    return { cartId: body.cart.id as string, itemsTotal: variant.calculated_price.calculated_amount * 2 }
  }

  function checkoutAs(cartId: string, email: string, shippingOptionId: string) {
    return store(`/store/carts/${cartId}/checkout?fields=${PROMOTION_FIELDS}`, {
      body: {
        email,
        shipping_address: address,
        shipping_option_id: shippingOptionId,
        provider_id: "pp_system_default",
      },
    })
  }

  it("keeps a promo code: the cart, its payment and the order carry the discount", async () => {
    const { cartId, itemsTotal } = await pricedCart()
    const applied = await store(`/store/carts/${cartId}/promotions`, { body: { promo_codes: ["WELCOME10"] } })
    expect(applied.status).toBe(200)

    const { status, body } = await checkoutAs(cartId, uniqueEmail("promo"), await optionId(cartId, "Express shipping"))
    expect(status).toBe(200)
    expect(body.cart.promotions.map((p: { code: string }) => p.code)).toEqual(["WELCOME10"])
    expect(body.cart.discount_total).toBeCloseTo(itemsTotal * 0.1, 1)
    expect(body.cart.payment_collection.amount).toBeCloseTo(body.cart.total, 2)

    const completed = await store(`/store/carts/${cartId}/complete?fields=id,discount_total,total`, { body: {} })
    expect(completed.body.type).toBe("order")
    expect(completed.body.order.discount_total).toBeCloseTo(itemsTotal * 0.1, 1)
    expect(completed.body.order.total).toBeCloseTo(body.cart.total, 2)
  })

  it("applies an automatic promotion staff created for a customer group, to that group's shopper only", async () => {
    const token = await adminToken()
    const email = uniqueEmail("automatic")
    const { body: group } = await admin("/admin/customer-groups", { token, body: { name: `Automatic ${email}` } })
    const { body: customer } = await admin("/admin/customers", { token, body: { email } })
    await admin(`/admin/customer-groups/${group.customer_group.id}/customers`, {
      token,
      body: { add: [customer.customer.id] },
    })
    const { code, remove } = await staffPromotion("AUTO", {
      is_automatic: true,
      application_method: { type: "percentage", target_type: "order", allocation: "across", value: 5 },
      rules: [{ attribute: "customer.groups.id", operator: "in", values: [group.customer_group.id] }],
    })
    try {
      // The group's shopper: the cart has no code; the checkout attaches the customer, and the
      // automatic promotion applies.
      const mine = await pricedCart()
      const { status, body } = await checkoutAs(mine.cartId, email, await optionId(mine.cartId, "Standard shipping"))
      expect(status).toBe(200)
      expect(body.cart.promotions.map((p: { code: string }) => p.code)).toEqual([code])
      expect(body.cart.discount_total).toBeCloseTo(mine.itemsTotal * 0.05, 1)
      expect(body.cart.payment_collection.amount).toBeCloseTo(body.cart.total, 2)

      // Anyone else: no discount.
      const theirs = await pricedCart()
      const other = await checkoutAs(
        theirs.cartId,
        uniqueEmail("not-in-group"),
        await optionId(theirs.cartId, "Standard shipping")
      )
      expect(other.status).toBe(200)
      expect(other.body.cart.promotions).toEqual([])
      expect(other.body.cart.discount_total).toBe(0)
    } finally {
      await remove()
    }
  })
})

describe("taxes and prices of a cart opened in the shopper's country", () => {
  const FIELDS = "item_total,tax_total,total,items.unit_price,items.tax_lines.rate,payment_collection.amount"

  function checkoutTo(cartId: string, shippingOptionId: string, postalCode: string) {
    return store(`/store/carts/${cartId}/checkout?fields=${FIELDS}`, {
      body: {
        email: uniqueEmail("locality"),
        shipping_address: { ...address, postal_code: postalCode },
        shipping_option_id: shippingOptionId,
        provider_id: "pp_system_default",
      },
    })
  }

  it("carries German VAT from its first line, and the checkout's street address keeps prices and VAT", async () => {
    const { cart, price } = await cartInGermany(FIELDS)
    expect(cart.items[0].unit_price).toBe(price)
    expect(cart.items[0].tax_lines.map((line: { rate: number }) => line.rate)).toEqual([19])
    expect(cart.tax_total).toBeCloseTo((price * 19) / 119, 2)

    const { status, body } = await checkoutTo(cart.id, await optionId(cart.id, "Standard shipping"), "04107")
    expect(status).toBe(200)
    expect(body.cart.items[0].unit_price).toBe(price)
    expect(body.cart.items[0].tax_lines.map((line: { rate: number }) => line.rate)).toEqual([19])
    expect(body.cart.item_total).toBe(price)
    expect(body.cart.payment_collection.amount).toBeCloseTo(body.cart.total, 2)

    const completed = await store(`/store/carts/${cart.id}/complete?fields=id,item_total,tax_total,total`, { body: {} })
    expect(completed.body.type).toBe("order")
    expect(completed.body.order.total).toBeCloseTo(body.cart.total, 2)
    expect(completed.body.order.tax_total).toBeCloseTo(body.cart.tax_total, 2)
  })

  it("re-prices the cart at checkout when the store prices by postal code", async () => {
    const { cart, variantId, price } = await cartInGermany(FIELDS)
    const leipzigPrice = Math.round(price * 0.8 * 100) / 100
    const priceList = await postalCodePriceList(variantId, leipzigPrice, "04107")
    try {
      const leipzig = await checkoutTo(cart.id, await optionId(cart.id, "Standard shipping"), "04107")
      expect(leipzig.status).toBe(200)
      expect(leipzig.body.cart.items[0].unit_price).toBe(leipzigPrice)
      expect(leipzig.body.cart.payment_collection.amount).toBeCloseTo(leipzig.body.cart.total, 2)

      // Elsewhere in Germany the same cart costs the usual price again.
      const berlin = await checkoutTo(cart.id, await optionId(cart.id, "Standard shipping"), "10115")
      expect(berlin.status).toBe(200)
      expect(berlin.body.cart.items[0].unit_price).toBe(price)
    } finally {
      await priceList.remove()
    }
  })
})
