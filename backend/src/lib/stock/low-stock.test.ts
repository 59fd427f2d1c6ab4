import { describe, expect, it } from "vitest"
import {
  DEFAULT_LOW_STOCK_THRESHOLD,
  lowStockReport,
  sellableUnits,
  thresholdOf,
  type StockItem,
  type StockSet,
} from "./low-stock"

const item = (id: string, available: number, metadata: Record<string, unknown> | null = null): StockItem => ({
  id,
  title: id,
  sku: id.toUpperCase(),
  metadata,
  stocked: available + 2,
  reserved: 2,
  available,
})

const cleanseSet: StockSet = {
  id: "prod_cleanse",
  title: "Double Cleanse Set",
  components: [
    { inventory_item_id: "oil", required_quantity: 1 },
    { inventory_item_id: "foam", required_quantity: 1 },
  ],
}
const twinSet: StockSet = {
  id: "prod_twin",
  title: "Twin Mask Set",
  components: [{ inventory_item_id: "foam", required_quantity: 2 }],
}

describe("thresholdOf", () => {
  it("defaults to 10, and reads a whole number staff set", () => {
    expect(thresholdOf(null)).toBe(DEFAULT_LOW_STOCK_THRESHOLD)
    expect(thresholdOf({ other: 1 })).toBe(10)
    expect(thresholdOf({ low_stock_threshold: 25 })).toBe(25)
    expect(thresholdOf({ low_stock_threshold: 0 })).toBe(0)
    expect(thresholdOf({ low_stock_threshold: "4" })).toBe(4)
  })

  it("ignores a value that is not a threshold", () => {
    expect(thresholdOf({ low_stock_threshold: -1 })).toBe(10)
    expect(thresholdOf({ low_stock_threshold: 2.5 })).toBe(10)
    expect(thresholdOf({ low_stock_threshold: "many" })).toBe(10)
    expect(thresholdOf({ low_stock_threshold: null })).toBe(10)
  })
})

describe("sellableUnits", () => {
  it("is what the scarcest component allows, in whole sets", () => {
    const items = new Map([item("oil", 7), item("foam", 5)].map((i) => [i.id, i]))
    expect(sellableUnits(cleanseSet, items)).toBe(5)
    expect(sellableUnits(twinSet, items)).toBe(2)
  })

  it("is 0 when a component is missing or oversold", () => {
    expect(sellableUnits(cleanseSet, new Map([["oil", item("oil", 7)]]))).toBe(0)
    expect(sellableUnits(twinSet, new Map([["foam", item("foam", -3)]]))).toBe(0)
  })
})

describe("lowStockReport", () => {
  it("lists items under their threshold, out of stock first, with the sets each blocks or will block", () => {
    const report = lowStockReport(
      [item("oil", 40), item("foam", 1), item("toner", 0), item("serum", 9)],
      [cleanseSet, twinSet]
    )
    expect(report.map((i) => [i.id, i.threshold])).toEqual([
      ["toner", 10],
      ["foam", 10],
      ["serum", 10],
    ])
    expect(report[1].sets).toEqual([
      { id: "prod_twin", title: "Twin Mask Set", required_quantity: 2, sellable_units: 0, blocked: true },
      { id: "prod_cleanse", title: "Double Cleanse Set", required_quantity: 1, sellable_units: 1, blocked: false },
    ])
    expect(report[0].sets).toEqual([])
  })

  it("uses each item's own threshold", () => {
    const report = lowStockReport(
      [item("oil", 40, { low_stock_threshold: 50 }), item("foam", 5, { low_stock_threshold: 0 })],
      []
    )
    expect(report.map((i) => [i.id, i.threshold])).toEqual([["oil", 50]])
  })
})
