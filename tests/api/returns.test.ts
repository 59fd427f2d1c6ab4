import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { store } from "../support/api"
import { captureAndRefund, deliveredOrder, fulfil, placeOrder, ship, TRACKING } from "../support/orders"
import { registerShopper } from "../support/shopper"
import { stack } from "../support/stack"

const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 })
afterAll(() => db.end())

const afterSale = (orderId: string, token?: string) => store(`/store/orders/${orderId}/after-sale`, { token })
const startReturn = (orderId: string, items: unknown, token?: string) =>
  store(`/store/orders/${orderId}/returns`, { token, body: { items } })

describe("a shopper's order after purchase", () => {
  it("shows fulfilment, the shipment with its tracking link, delivery and refunds", async () => {
    const order = await placeOrder()
    let state = (await afterSale(order.id)).body.after_sale
    expect(state.stage).toBe("processing")
    expect(state.return_window).toMatchObject({
      can_start: false,
      refusal: "A return can be started once your order has shipped.",
    })

    const fulfillmentId = await fulfil(order)
    expect((await afterSale(order.id)).body.after_sale.stage).toBe("preparing")

    await ship(order, fulfillmentId)
    state = (await afterSale(order.id)).body.after_sale
    expect(state.stage).toBe("shipped")
    expect(state.shipments[0].tracking).toEqual([{ number: TRACKING.tracking_number, url: TRACKING.tracking_url }])
    expect(state.return_window.can_start).toBe(true)

    const refunded = await captureAndRefund(order, 5)
    state = (await afterSale(order.id)).body.after_sale
    expect(state.refunded_total).toBe(refunded)
  })
})

describe("a shopper starts a return", () => {
  it("a delivered order's items go back, and the return shows in the order's state with where to send it", async () => {
    const shopper = await registerShopper("returner")
    const { order } = await deliveredOrder({ token: shopper.token, email: shopper.email })
    const before = (await afterSale(order.id, shopper.token)).body.after_sale
    expect(before.stage).toBe("delivered")
    expect(before.returnable_items).toEqual([expect.objectContaining({ id: order.items[0].id, quantity: 2 })])
    expect(before.return_address.lines.join(" ")).toContain("Leipzig")
    // The country apart, for the page to name in the shopper's language.
    expect(before.return_address.country_code).toBe("de")
    expect(before.return_address.lines.join(" ")).not.toMatch(/\bDE\b/)
    const { body: reasons } = await store("/store/return-reasons")
    const reason = reasons.return_reasons[0]

    const started = await startReturn(
      order.id,
      [{ id: order.items[0].id, quantity: 1, reason_id: reason?.id, note: "Too rich for my skin" }],
      shopper.token
    )
    expect(started.status).toBe(201)
    expect(started.body.return.status).toBe("requested")
    const after = (await afterSale(order.id, shopper.token)).body.after_sale
    expect(after.returns).toEqual([
      expect.objectContaining({
        id: started.body.return.id,
        status: "requested",
        items: [expect.objectContaining({ item_id: order.items[0].id, quantity: 1 })],
      }),
    ])
    expect(after.return_window).toMatchObject({
      can_start: false,
      refusal: "A return has already been started for this order.",
    })

    // Only once: a second return for the same order is refused, nothing more is written.
    const twice = await startReturn(order.id, [{ id: order.items[0].id, quantity: 1 }], shopper.token)
    expect(twice.status).toBe(400)
    expect(twice.body.message).toBe("A return has already been started for this order.")
    expect((await afterSale(order.id, shopper.token)).body.after_sale.returns).toEqual(after.returns)
  })

  it("more than was bought, an item not in the order, or an empty list is refused with a sentence", async () => {
    const { order } = await deliveredOrder()
    const tooMany = await startReturn(order.id, [{ id: order.items[0].id, quantity: 3 }])
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.message).toBe(`You can return at most 2 of "${order.items[0].title}".`)

    const other = await placeOrder()
    const foreign = await startReturn(order.id, [{ id: other.items[0].id, quantity: 1 }])
    expect(foreign.status).toBe(400)
    expect(foreign.body.message).toBe(`The item ${other.items[0].id} is not part of this order.`)

    const empty = await startReturn(order.id, [])
    expect(empty.status).toBe(400)
    expect(empty.body.message).toContain("Choose at least one item to return.")

    const fractional = await startReturn(order.id, [{ id: order.items[0].id, quantity: 0.5 }])
    expect(fractional.status).toBe(400)
    expect(fractional.body.message).toContain("Each quantity must be a whole number of at least 1.")

    expect((await afterSale(order.id)).body.after_sale.returns).toEqual([])
  })

  it("the caller cannot receive the return on the spot or pick its price or warehouse", async () => {
    const { order } = await deliveredOrder()
    const response = await store(`/store/orders/${order.id}/returns`, {
      body: { items: [{ id: order.items[0].id, quantity: 1 }], receive_now: true, location_id: "sloc_elsewhere" },
    })
    expect(response.status).toBe(400)
    expect((await afterSale(order.id)).body.after_sale.returns).toEqual([])
  })

  it("is refused before the order has shipped", async () => {
    const order = await placeOrder()
    await fulfil(order)
    const response = await startReturn(order.id, [{ id: order.items[0].id, quantity: 1 }])
    expect(response.status).toBe(400)
    expect(response.body.message).toBe("A return can be started once your order has shipped.")
  })

  it("is refused once 14 days have passed since the marked delivery", async () => {
    const { order, fulfillmentId } = await deliveredOrder()
    await db.query("update fulfillment set delivered_at = now() - interval '15 days' where id = $1", [fulfillmentId])
    const response = await startReturn(order.id, [{ id: order.items[0].id, quantity: 1 }])
    expect(response.status).toBe(400)
    expect(response.body.message).toMatch(/^The 14-day return period for this order ended on \d{4}-\d{2}-\d{2}\.$/)
    expect((await afterSale(order.id)).body.after_sale.return_window.can_start).toBe(false)
  })

  it("another shopper's order does not exist for them (nor for a guest)", async () => {
    const owner = await registerShopper("owner")
    const stranger = await registerShopper("stranger")
    const { order } = await deliveredOrder({ token: owner.token, email: owner.email })
    expect((await afterSale(order.id, stranger.token)).status).toBe(404)
    expect((await afterSale(order.id)).status).toBe(404)
    const stolen = await startReturn(order.id, [{ id: order.items[0].id, quantity: 1 }], stranger.token)
    expect(stolen.status).toBe(404)
    expect((await afterSale(order.id, owner.token)).body.after_sale.returns).toEqual([])
  })

  it("Medusa's own POST /store/returns is closed", async () => {
    const { order } = await deliveredOrder()
    const response = await store("/store/returns", {
      body: {
        order_id: order.id,
        items: [{ id: order.items[0].id, quantity: 1 }],
        return_shipping: { option_id: "so_any", price: 0 },
        receive_now: true,
      },
    })
    expect(response.status).toBe(404)
    expect(response.body.message).toContain("POST /store/orders/:id/returns")
    expect((await afterSale(order.id)).body.after_sale.returns).toEqual([])
  })
})
