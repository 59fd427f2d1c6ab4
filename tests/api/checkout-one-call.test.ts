import { describe, expect, it } from "vitest"
import { regionByName, store, uniqueEmail } from "../support/api"
import { germanAddress as address } from "../support/checkout"
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
