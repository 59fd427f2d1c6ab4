import { describe, expect, it } from "vitest"
import {
  flippedProducts,
  REVALIDATING_EVENTS,
  STAFF_EVENTS,
  type StockedVariant,
  tagsForEvent,
  tagsForProducts,
} from "./cache-tags"

describe("tagsForEvent", () => {
  it("refreshes only the guide when staff edit it", () => {
    expect(tagsForEvent("guide.changed")).toEqual(["guide"])
  })

  it("refreshes the catalog and the guide when staff change a product or price", () => {
    for (const event of [
      "product.updated",
      "skincare-profile.saved",
      "product-variant.updated",
      "price-list.updated",
      "translation.updated",
    ]) {
      expect(tagsForEvent(event), event).toEqual(["catalog", "guide"])
    }
  })

  it("names a tag for every staff event the subscriber listens to", () => {
    for (const event of STAFF_EVENTS) {
      expect(tagsForEvent(event).length, event).toBeGreaterThan(0)
    }
  })

  it("leaves orders and stock to the availability check, and ignores the rest", () => {
    expect(tagsForEvent("order.placed")).toEqual([])
    expect(tagsForEvent("inventory-level.updated")).toEqual([])
    expect(tagsForEvent("customer.created")).toEqual([])
    expect(REVALIDATING_EVENTS).toEqual(
      expect.arrayContaining(["order.placed", "order.canceled", "inventory-level.updated"])
    )
  })
})

describe("flippedProducts", () => {
  const balm: StockedVariant = {
    product: { handle: "balm" },
    kit: [{ inventory_item_id: "i-balm", required_quantity: 1 }],
  }
  const toner: StockedVariant = {
    product: { handle: "toner" },
    kit: [{ inventory_item_id: "i-toner", required_quantity: 1 }],
  }
  const duo: StockedVariant = {
    product: { handle: "balm-duo" },
    kit: [
      { inventory_item_id: "i-balm", required_quantity: 2 },
      { inventory_item_id: "i-toner", required_quantity: 1 },
    ],
  }
  const variants = [balm, toner, duo]

  it("flips nothing when every product stays sellable", () => {
    expect(
      flippedProducts(
        variants,
        new Map([
          ["i-balm", 5],
          ["i-toner", 3],
        ]),
        new Map([["i-balm", 1]])
      )
    ).toEqual([])
  })

  it("flips the product whose last units sold, and the sets that need them", () => {
    const toner = ["i-toner", 3] as const
    expect(flippedProducts(variants, new Map([["i-balm", 0], toner]), new Map([["i-balm", 2]]))).toEqual([
      "balm",
      "balm-duo",
    ])
    // A set needing two units sells out before its size does.
    expect(flippedProducts(variants, new Map([["i-balm", 1], toner]), new Map([["i-balm", 1]]))).toEqual(["balm-duo"])
    expect(flippedProducts(variants, new Map([["i-balm", 0], toner]), new Map([["i-balm", 1]]))).toEqual(["balm"])
  })

  it("flips a sold-out product back when a cancel or return gives units back", () => {
    expect(flippedProducts(variants, new Map([["i-toner", 1]]), new Map([["i-toner", -1]]))).toEqual([
      "toner",
      "balm-duo",
    ])
  })

  it("tags a flipped product's page, the lists and the guide; nothing for no flip", () => {
    expect(tagsForProducts(["balm"])).toEqual(["product:balm", "listings", "guide"])
    expect(tagsForProducts([])).toEqual([])
  })
})
