import { describe, expect, it } from "vitest"
import { regionByName, store } from "../support/api"
import { addItem, checkout, germanAddress as address, newCart } from "../support/checkout"
import { seededStore } from "../support/seed"

describe("a guest buys with the system payment provider", () => {
  it("turns a cart into an order, with German VAT included in the total", async () => {
    const region = await regionByName("Europe")
    const { body: products } = await store(
      `/store/products?region_id=${region.id}&fields=id,handle,variants.id,*variants.calculated_price&limit=2`
    )
    const variant = products.products[0].variants[0]

    const cart = await newCart("Europe")
    const added = await addItem(cart.id, variant.id, 2)
    expect(added.status).toBe(200)

    const { status, body } = await checkout(cart.id)
    expect(status).toBe(200)
    expect(body.type).toBe("order")
    const order = body.order
    expect(order.currency_code).toBe("eur")
    expect(order.items[0].quantity).toBe(2)
    expect(order.shipping_methods.map((m: { name: string }) => m.name)).toEqual(["Standard shipping"])
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
      expect(options.shipping_options.map((o: { name: string }) => o.name).sort()).toEqual([
        "Express shipping",
        "Standard shipping",
      ])
      return options.shipping_options.find((o: { name: string }) => o.name === "Standard shipping").amount
    }
    const standard = (await seededStore()).regions
      .find((r) => r.name === "Europe")!
      .shipping.find((s) => s.code === "standard")!
    expect(cheapest.calculated_price.calculated_amount).toBeLessThan(standard.free_from!)
    expect(await standardPrice(1)).toBe(standard.price)
    expect(cheapest.calculated_price.calculated_amount * 10).toBeGreaterThanOrEqual(standard.free_from!)
    expect(await standardPrice(10)).toBe(0)
  })
})

describe("promo codes", () => {
  it("takes 10 % off with WELCOME10 and refuses an unknown code with a 400 that names it", async () => {
    const region = await regionByName("Europe")
    const { body: products } = await store(
      `/store/products?region_id=${region.id}&fields=id,variants.id,*variants.calculated_price&limit=1`
    )
    const variant = products.products[0].variants[0]
    const cart = await newCart("Europe")
    await addItem(cart.id, variant.id, 1)

    const unknown = await store(`/store/carts/${cart.id}/promotions`, { body: { promo_codes: ["NOPE123"] } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toMatch(/NOPE123 is invalid/)

    const applied = await store(`/store/carts/${cart.id}/promotions?fields=discount_total,item_total,promotions.code`, {
      body: { promo_codes: ["WELCOME10"] },
    })
    expect(applied.status).toBe(200)
    expect(applied.body.cart.promotions.map((p: { code: string }) => p.code)).toEqual(["WELCOME10"])
    expect(applied.body.cart.discount_total).toBeCloseTo(variant.calculated_price.calculated_amount * 0.1, 1)
  })
})
