import { describe, expect, it } from "vitest"
import { regionByName, store, uniqueEmail } from "../support/api"

const address = {
  first_name: "Mara",
  last_name: "Lindqvist",
  address_1: "Karl-Liebknecht-Straße 9",
  city: "Leipzig",
  postal_code: "04107",
  country_code: "de",
  phone: "+49 341 000000",
}

describe("a guest buys with the system payment provider", () => {
  it("turns a cart into an order, with German VAT included in the total", async () => {
    const region = await regionByName("Europe")
    const { body: products } = await store(
      `/store/products?region_id=${region.id}&fields=id,handle,variants.id,*variants.calculated_price&limit=2`
    )
    const variant = products.products[0].variants[0]

    const { status: created, body: cartBody } = await store("/store/carts", {
      body: { region_id: region.id, email: uniqueEmail("guest") },
    })
    expect(created).toBe(200)
    const cartId = cartBody.cart.id

    const added = await store(`/store/carts/${cartId}/line-items`, {
      body: { variant_id: variant.id, quantity: 2 },
    })
    expect(added.status).toBe(200)
    await store(`/store/carts/${cartId}`, {
      body: { shipping_address: address, billing_address: address },
    })

    const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
    const names = options.shipping_options.map((o: { name: string }) => o.name)
    expect(names).toEqual(expect.arrayContaining(["Standard shipping", "Express shipping"]))
    const standard = options.shipping_options.find((o: { name: string }) => o.name === "Standard shipping")
    await store(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: standard.id } })

    const { body: collection } = await store("/store/payment-collections", { body: { cart_id: cartId } })
    const session = await store(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { body: { provider_id: "pp_system_default" } }
    )
    expect(session.status).toBe(200)

    const { status, body } = await store(`/store/carts/${cartId}/complete`, { body: {} })
    expect(status).toBe(200)
    expect(body.type).toBe("order")
    const order = body.order
    expect(order.currency_code).toBe("eur")
    expect(order.items[0].quantity).toBe(2)
    const itemsTotal = variant.calculated_price.calculated_amount * 2
    // Prices include VAT: the 19 % German VAT is inside the item total, not added to it.
    expect(order.item_total).toBeCloseTo(itemsTotal, 2)
    expect(order.item_tax_total).toBeCloseTo(itemsTotal - itemsTotal / 1.19, 1)
    expect(order.total).toBeCloseTo(itemsTotal + order.shipping_total, 2)
  })

  it("ships standard for free above the threshold and charges below it", async () => {
    const region = await regionByName("Europe")
    const { body: products } = await store(
      `/store/products?region_id=${region.id}&fields=id,variants.id,*variants.calculated_price&limit=50`
    )
    const cheapest = products.products
      .flatMap((p: { variants: { id: string; calculated_price: { calculated_amount: number } }[] }) => p.variants)
      .sort((a: any, b: any) => a.calculated_price.calculated_amount - b.calculated_price.calculated_amount)[0]
    const standardPrice = async (quantity: number) => {
      const { body } = await store("/store/carts", { body: { region_id: region.id } })
      const cartId = body.cart.id
      await store(`/store/carts/${cartId}/line-items`, { body: { variant_id: cheapest.id, quantity } })
      await store(`/store/carts/${cartId}`, { body: { shipping_address: address } })
      const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
      return options.shipping_options.find((o: { name: string }) => o.name === "Standard shipping").amount
    }
    expect(await standardPrice(1)).toBeGreaterThan(0)
    expect(await standardPrice(10)).toBe(0)
  })
})
