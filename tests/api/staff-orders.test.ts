import { describe, expect, it } from "vitest"
import {
  cancelOrder,
  capture,
  exchange,
  fulfil,
  markDelivered,
  orderState,
  placeOrder,
  receiveReturn,
  refund,
  requestReturn,
  returnReasons,
  returnShippingOptions,
  returnState,
  ship,
  stockOf,
  stockOfAll,
  warehouseId,
} from "../support/admin-orders"

// What staff do in Medusa Admin after a shopper's order, through the Admin API the dashboard calls,
// on orders placed through the Store API with the system payment provider. Stock figures are exact:
// files run one at a time, and nothing else in this file touches the SKUs a test orders.

const MASK_SET = { sku: "LCL-SET-MSK", components: ["LCL-MSK-KAOL-50", "LCL-MSK-PINK-75"] }
const HYDRATE_SET = { sku: "LCL-SET-HYD", components: ["LCL-HYD-HAGEL-50", "LCL-HYD-NIAFL-50"] }
const TREAT_SET = { sku: "LCL-SET-TRT", components: ["LCL-TRT-NIA10-30", "LCL-TRT-RET01-30"] }

type OrderLine = { id: string; variant_sku: string; quantity: number; detail: Record<string, number> }

const lineOf = (order: { items: OrderLine[] }, sku: string) => {
  const line = order.items.find((i) => i.variant_sku === sku)
  if (!line) throw new Error(`the order has no line for ${sku}`)
  return line
}

describe("staff take payment", () => {
  it("capturing an order's authorised payment marks it captured for the order total", async () => {
    const placed = await placeOrder([{ sku: "LCL-EXF-LAC-30" }])
    const before = await orderState(placed.id)
    expect(before.payment_status).toBe("authorized")
    expect(before.payment_collections[0].captured_amount).toBe(0)

    await capture(placed.id)

    const after = await orderState(placed.id)
    expect(after.payment_status).toBe("captured")
    expect(after.payment_collections[0].captured_amount).toBe(placed.total)
    expect(after.payment_collections[0].payments[0].captured_at).not.toBeNull()
  })

  it("refunds part of a captured payment, then the rest, and refuses more than was captured", async () => {
    const placed = await placeOrder([{ sku: "LCL-CLN-BALM-100" }])
    await capture(placed.id)

    const part = await refund(placed.id, 10)
    expect(part.status).toBe(200)
    let order = await orderState(placed.id)
    expect(order.payment_status).toBe("partially_refunded")
    expect(order.payment_collections[0].refunded_amount).toBe(10)

    const tooMuch = await refund(placed.id, placed.total)
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.message).toMatch(/refund/i)
    expect((await orderState(placed.id)).payment_collections[0].refunded_amount).toBe(10)

    const rest = Math.round((placed.total - 10) * 100) / 100
    expect((await refund(placed.id, rest)).status).toBe(200)
    order = await orderState(placed.id)
    expect(order.payment_status).toBe("refunded")
    expect(order.payment_collections[0].refunded_amount).toBe(placed.total)
    expect(order.payment_collections[0].payments[0].refunds.map((r: { amount: number }) => r.amount).sort()).toEqual(
      [10, rest].sort()
    )
  })
})

describe("staff fulfil, ship and deliver", () => {
  it("a step set's fulfilment picks its components: each one leaves the shelf and its reservation is used up", async () => {
    const start = await stockOfAll(MASK_SET.components)
    const placed = await placeOrder([{ sku: MASK_SET.sku }])
    const reservedNow = await stockOfAll(MASK_SET.components)
    for (const sku of MASK_SET.components) {
      expect(reservedNow[sku]).toEqual({ stocked: start[sku].stocked, reserved: start[sku].reserved + 1 })
    }

    await capture(placed.id)
    const fulfillment = await fulfil(placed.id)

    // What is picked are the components, not the set: one fulfilment line per component.
    expect(fulfillment.items.map((i: { sku: string }) => i.sku).sort()).toEqual([...MASK_SET.components].sort())
    expect(fulfillment.items.map((i: { quantity: number }) => i.quantity)).toEqual([1, 1])
    const after = await stockOfAll(MASK_SET.components)
    for (const sku of MASK_SET.components) {
      expect(after[sku]).toEqual({ stocked: start[sku].stocked - 1, reserved: start[sku].reserved })
    }
    const order = await orderState(placed.id)
    expect(order.fulfillment_status).toBe("fulfilled")
    expect(order.payment_status).toBe("captured")
    expect(lineOf(order, MASK_SET.sku).detail.fulfilled_quantity).toBe(1)
  })

  it("a shipment with a tracking number and link marks the order shipped, and then delivered", async () => {
    const placed = await placeOrder([{ sku: "LCL-MSK-GREEN-75" }, { sku: MASK_SET.sku }])
    await capture(placed.id)
    const fulfillment = await fulfil(placed.id)
    expect((await orderState(placed.id)).fulfillment_status).toBe("fulfilled")

    const trackingNumber = `DHL${Date.now()}`
    const trackingUrl = `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${trackingNumber}`
    const shipped = await ship(placed.id, fulfillment.id, {
      tracking_number: trackingNumber,
      tracking_url: trackingUrl,
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)

    let order = await orderState(placed.id)
    expect(order.fulfillment_status).toBe("shipped")
    const sent = order.fulfillments.find((f: { id: string }) => f.id === fulfillment.id)
    expect(sent.shipped_at).not.toBeNull()
    expect(sent.labels).toEqual([
      expect.objectContaining({ tracking_number: trackingNumber, tracking_url: trackingUrl }),
    ])
    expect(lineOf(order, "LCL-MSK-GREEN-75").detail.shipped_quantity).toBe(1)

    await markDelivered(placed.id, fulfillment.id)
    order = await orderState(placed.id)
    expect(order.fulfillment_status).toBe("delivered")
    expect(order.fulfillments.find((f: { id: string }) => f.id === fulfillment.id).delivered_at).not.toBeNull()
    expect(lineOf(order, MASK_SET.sku).detail.delivered_quantity).toBe(1)
  })

  it("refuses a tracking link that is not http(s) or a tracking number with control characters, and ships nothing", async () => {
    const placed = await placeOrder([{ sku: "LCL-MSK-GREEN-75" }])
    const fulfillment = await fulfil(placed.id)
    const refusals = [
      {
        tracking_number: "DHL1\u0000; DROP",
        tracking_url: "https://www.dhl.de/track",
        // NUL is refused before any route, by the check on every request's body (hostile input).
        sentence: /"labels\[0\]\.tracking_number" contains control characters/,
      },
      {
        tracking_number: "DHL2\nBcc: someone",
        tracking_url: "https://www.dhl.de/track",
        sentence: /tracking number cannot contain control characters/,
      },
      { tracking_number: "DHL3", tracking_url: "javascript:alert(1)", sentence: /must use http: or https:/ },
    ]
    for (const { sentence, ...label } of refusals) {
      const answer = await ship(placed.id, fulfillment.id, label)
      expect(answer.status, JSON.stringify(label)).toBe(400)
      expect(answer.body.message).toMatch(sentence)
    }
    const order = await orderState(placed.id)
    expect(order.fulfillment_status).toBe("fulfilled")
    const unsent = order.fulfillments.find((f: { id: string }) => f.id === fulfillment.id)
    expect(unsent.shipped_at).toBeNull()
    expect(unsent.labels).toEqual([])
  })
})

describe("staff cancel an unshipped order", () => {
  it("releases every component's reservation and cancels the uncaptured payment", async () => {
    const start = await stockOfAll(HYDRATE_SET.components)
    const placed = await placeOrder([{ sku: HYDRATE_SET.sku, quantity: 2 }])
    const reserved = await stockOfAll(HYDRATE_SET.components)
    for (const sku of HYDRATE_SET.components) expect(reserved[sku].reserved).toBe(start[sku].reserved + 2)

    const canceled = await cancelOrder(placed.id)
    expect(canceled.status, JSON.stringify(canceled.body)).toBe(200)

    const order = await orderState(placed.id)
    expect(order.status).toBe("canceled")
    expect(order.payment_status).toBe("canceled")
    expect(order.payment_collections[0].payments[0].canceled_at).not.toBeNull()
    expect(await stockOfAll(HYDRATE_SET.components)).toEqual(start)
  })

  it("refunds a captured payment in full when the order is canceled", async () => {
    const start = await stockOf("LCL-HYD-HAFL-50")
    const placed = await placeOrder([{ sku: "LCL-HYD-HAFL-50" }])
    await capture(placed.id)
    expect((await cancelOrder(placed.id)).status).toBe(200)

    const order = await orderState(placed.id)
    expect(order.status).toBe("canceled")
    expect(order.payment_status).toBe("refunded")
    expect(order.payment_collections[0].refunded_amount).toBe(placed.total)
    expect(await stockOf("LCL-HYD-HAFL-50")).toEqual(start)
  })

  it("refuses to cancel an order that has a fulfilment, and changes nothing", async () => {
    const placed = await placeOrder([{ sku: "LCL-HYD-CERA-50" }])
    await fulfil(placed.id)
    const stock = await stockOf("LCL-HYD-CERA-50")

    const refused = await cancelOrder(placed.id)
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/fulfil/i)
    const order = await orderState(placed.id)
    expect(order.status).toBe("pending")
    expect(order.payment_status).toBe("authorized")
    expect(await stockOf("LCL-HYD-CERA-50")).toEqual(stock)
  })
})

describe("staff take a return", () => {
  it("receiving a return restocks the set's components and a product, but not an opened item received damaged", async () => {
    const single = "LCL-CLN-CALM-150"
    const placed = await placeOrder([{ sku: TREAT_SET.sku }, { sku: single, quantity: 2 }])
    await capture(placed.id)
    const fulfillment = await fulfil(placed.id)
    await ship(placed.id, fulfillment.id, { tracking_number: "RT1", tracking_url: "https://tracking.example.test/RT1" })
    await markDelivered(placed.id, fulfillment.id)
    const shelf = await stockOfAll([...TREAT_SET.components, single])

    const order = await orderState(placed.id)
    const set = lineOf(order, TREAT_SET.sku)
    const cleanser = lineOf(order, single)
    const reasons = await returnReasons()
    const reason = (value: string) => reasons.find((r) => r.value === value)!.id
    const shipping = await returnShippingOptions(placed.id)
    expect(shipping.map((o) => o.name)).toEqual(["Return by post (Europe)"])
    const returnId = await requestReturn(
      placed.id,
      [
        { id: set.id, quantity: 1, reason_id: reason("changed-mind") },
        { id: cleanser.id, quantity: 2, reason_id: reason("arrived-damaged") },
      ],
      shipping[0].id
    )
    const requested = await returnState(returnId)
    expect(requested.status).toBe("requested")
    expect(requested.location_id).toBe(await warehouseId())
    expect(Object.fromEntries(requested.items.map((i: any) => [i.item_id, i.reason_id]))).toEqual({
      [set.id]: reason("changed-mind"),
      [cleanser.id]: reason("arrived-damaged"),
    })
    // Nothing is back on the shelf until the parcel is received.
    expect(await stockOfAll([...TREAT_SET.components, single])).toEqual(shelf)

    await receiveReturn(
      returnId,
      [
        { id: set.id, quantity: 1 },
        { id: cleanser.id, quantity: 1 },
      ],
      [{ id: cleanser.id, quantity: 1 }]
    )

    const received = await returnState(returnId)
    expect(received.status).toBe("received")
    const returned = Object.fromEntries(received.items.map((i: any) => [i.item_id, i]))
    expect(returned[set.id]).toMatchObject({ quantity: 1, received_quantity: 1, damaged_quantity: 0 })
    expect(returned[cleanser.id]).toMatchObject({ quantity: 2, received_quantity: 2, damaged_quantity: 1 })

    const after = await stockOfAll([...TREAT_SET.components, single])
    for (const sku of TREAT_SET.components) {
      expect(after[sku]).toEqual({ stocked: shelf[sku].stocked + 1, reserved: shelf[sku].reserved })
    }
    // Two cleansers came back; the one received damaged is not sellable and stays off the shelf.
    expect(after[single]).toEqual({ stocked: shelf[single].stocked + 1, reserved: shelf[single].reserved })
    const detail = await orderState(placed.id)
    expect(lineOf(detail, single).detail).toMatchObject({ return_received_quantity: 1, return_dismissed_quantity: 1 })
    expect(lineOf(detail, TREAT_SET.sku).detail.return_received_quantity).toBe(1)
  })

  it("refuses a return of more than was fulfilled", async () => {
    const placed = await placeOrder([{ sku: "LCL-PRT-TINT-40" }])
    await fulfil(placed.id)
    const order = await orderState(placed.id)
    await expect(requestReturn(placed.id, [{ id: order.items[0].id, quantity: 2 }])).rejects.toThrow(/400/)
  })
})

describe("staff exchange a product for another size", () => {
  it("holds the larger size for the shopper, ships it, and restocks the returned size once received", async () => {
    const [from, to] = ["LCL-EXF-BHA-30", "LCL-EXF-BHA-100"]
    const placed = await placeOrder([{ sku: from }])
    await capture(placed.id)
    const fulfillment = await fulfil(placed.id)
    await ship(placed.id, fulfillment.id, { tracking_number: "EX1", tracking_url: "https://tracking.example.test/EX1" })
    const before = await stockOfAll([from, to])

    const order = await orderState(placed.id)
    const { exchange: made } = await exchange(placed.id, { id: lineOf(order, from).id, quantity: 1 }, to)
    // The exchange's return names the old size, one of it.
    expect(
      (await returnState(made.return_id)).items.map((i: { item_id: string; quantity: number }) => [
        i.item_id,
        i.quantity,
      ])
    ).toEqual([[lineOf(order, from).id, 1]])
    expect(
      made.additional_items.map((i: { quantity: number; item: { variant_sku: string } }) => [
        i.item.variant_sku,
        i.quantity,
      ])
    ).toEqual([[to, 1]])

    const exchanged = await orderState(placed.id)
    expect(lineOf(exchanged, to).quantity).toBe(1)
    // The new size is held for the shopper; the old one is not back until it arrives.
    expect(await stockOfAll([from, to])).toEqual({
      [from]: before[from],
      [to]: { stocked: before[to].stocked, reserved: before[to].reserved + 1 },
    })

    // Staff send the new size: it leaves the shelf like any fulfilled item.
    await fulfil(placed.id, [{ id: lineOf(exchanged, to).id, quantity: 1 }])
    expect(await stockOf(to)).toEqual({ stocked: before[to].stocked - 1, reserved: before[to].reserved })

    await receiveReturn(made.return_id, [{ id: lineOf(order, from).id, quantity: 1 }])
    expect((await returnState(made.return_id)).status).toBe("received")
    expect((await stockOf(from)).stocked).toBe(before[from].stocked + 1)
  })
})
