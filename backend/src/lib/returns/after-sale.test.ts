import { describe, expect, it } from "vitest"
import { afterSale, refuseReturnRequest, type OrderFacts } from "./after-sale"

const day = (n: number) => new Date(Date.UTC(2026, 11, 1 + n, 12))

function order(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    canceled: false,
    items: [
      { id: "item_oil", title: "Cleansing Oil", variantTitle: "150 ml", quantity: 2, shipped: 0, returned: 0 },
      { id: "item_mask", title: "Clay Mask", variantTitle: null, quantity: 1, shipped: 0, returned: 0 },
    ],
    fulfillments: [],
    returns: [],
    refunds: [],
    deliveryDays: 4,
    ...overrides,
  }
}

const shippedAll = (o: Partial<OrderFacts> = {}) =>
  order({
    items: order().items.map((item) => ({ ...item, shipped: item.quantity })),
    fulfillments: [
      {
        id: "ful_1",
        createdAt: day(0),
        shippedAt: day(1),
        deliveredAt: null,
        canceledAt: null,
        labels: [{ trackingNumber: "TRACK1", trackingUrl: "https://track.example/TRACK1" }],
      },
    ],
    ...o,
  })

describe("an order's state after purchase", () => {
  it("is processing until staff fulfil it, and no return can be started before shipment", () => {
    const state = afterSale(order(), day(0))
    expect(state.stage).toBe("processing")
    expect(state.returnWindow).toEqual({
      endsAt: null,
      canStart: false,
      refusal: "A return can be started once your order has shipped.",
    })
    expect(state.returnable).toEqual([])
  })

  it("is preparing once fulfilled but not yet shipped", () => {
    const facts = order({
      fulfillments: [
        { id: "ful_1", createdAt: day(0), shippedAt: null, deliveredAt: null, canceledAt: null, labels: [] },
      ],
    })
    expect(afterSale(facts, day(0)).stage).toBe("preparing")
  })

  it("shipped: tracking is shown and the window runs 14 days from shipment plus the region's delivery time", () => {
    const state = afterSale(shippedAll(), day(2))
    expect(state.stage).toBe("shipped")
    expect(state.shipments[0].tracking).toEqual([{ number: "TRACK1", url: "https://track.example/TRACK1" }])
    expect(state.returnWindow.endsAt).toEqual(day(1 + 4 + 14))
    expect(state.returnWindow.canStart).toBe(true)
    expect(state.returnable.map((r) => [r.id, r.quantity])).toEqual([
      ["item_oil", 2],
      ["item_mask", 1],
    ])
  })

  it("delivered: the window runs from the delivery date staff marked, and closes after 14 days", () => {
    const facts = shippedAll()
    facts.fulfillments[0].deliveredAt = day(2)
    expect(afterSale(facts, day(16)).stage).toBe("delivered")
    expect(afterSale(facts, day(16)).returnWindow.canStart).toBe(true)
    const late = afterSale(facts, day(17))
    expect(late.returnWindow.canStart).toBe(false)
    expect(late.returnWindow.refusal).toBe("The 14-day return period for this order ended on 2026-12-17.")
  })

  it("only part shipped: only the shipped quantity can go back", () => {
    const facts = shippedAll()
    facts.items[0].shipped = 1
    facts.items[1].shipped = 0
    const state = afterSale(facts, day(2))
    expect(state.stage).toBe("partially_shipped")
    expect(state.returnable.map((r) => [r.id, r.quantity])).toEqual([["item_oil", 1]])
  })

  it("an order with a return started cannot start another; a canceled return does not count", () => {
    const requested = shippedAll({
      returns: [
        {
          id: "ret_1",
          status: "requested",
          createdAt: day(3),
          receivedAt: null,
          items: [{ itemId: "item_mask", quantity: 1, receivedQuantity: 0 }],
        },
      ],
    })
    const state = afterSale(requested, day(4))
    expect(state.returns).toEqual([
      {
        id: "ret_1",
        status: "requested",
        requestedAt: day(3),
        receivedAt: null,
        items: [{ itemId: "item_mask", title: "Clay Mask", quantity: 1, receivedQuantity: 0 }],
      },
    ])
    expect(state.returnWindow.refusal).toBe("A return has already been started for this order.")
    const received = shippedAll({ returns: [{ ...requested.returns[0], status: "received", receivedAt: day(6) }] })
    expect(afterSale(received, day(7)).returnWindow.refusal).toBe("A return for this order has already been received.")
    const canceled = shippedAll({ returns: [{ ...requested.returns[0], status: "canceled" }] })
    expect(afterSale(canceled, day(4)).returnWindow.canStart).toBe(true)
    expect(afterSale(canceled, day(4)).returns).toEqual([])
  })

  it("refunds are listed and added up", () => {
    const state = afterSale(
      shippedAll({
        refunds: [
          { amount: 12, createdAt: day(5) },
          { amount: 3.5, createdAt: day(6) },
        ],
      }),
      day(7)
    )
    expect(state.refundedTotal).toBe(15.5)
  })

  it("a canceled order has nothing to return", () => {
    const state = afterSale(order({ canceled: true }), day(1))
    expect(state.stage).toBe("canceled")
    expect(state.returnWindow.canStart).toBe(false)
  })
})

describe("a shopper's return request", () => {
  const facts = shippedAll()
  const state = afterSale(facts, day(3))

  it("within what shipped is accepted", () => {
    expect(refuseReturnRequest(state, facts, [{ id: "item_oil", quantity: 2 }])).toBeNull()
  })

  it("more than was bought or shipped is refused with the most that can go back", () => {
    expect(refuseReturnRequest(state, facts, [{ id: "item_oil", quantity: 3 }])).toBe(
      'You can return at most 2 of "Cleansing Oil".'
    )
  })

  it("an item that is not in the order is refused", () => {
    expect(refuseReturnRequest(state, facts, [{ id: "item_other", quantity: 1 }])).toBe(
      "The item item_other is not part of this order."
    )
  })

  it("the same item twice in one request is refused", () => {
    expect(
      refuseReturnRequest(state, facts, [
        { id: "item_oil", quantity: 1 },
        { id: "item_oil", quantity: 1 },
      ])
    ).toBe("Each item can be listed only once in a return.")
  })

  it("before shipment the window's sentence is the answer", () => {
    const unshipped = order()
    expect(refuseReturnRequest(afterSale(unshipped, day(1)), unshipped, [{ id: "item_oil", quantity: 1 }])).toBe(
      "A return can be started once your order has shipped."
    )
  })
})
