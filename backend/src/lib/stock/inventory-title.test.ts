import { describe, expect, it } from "vitest"
import { inventoryItemTitle, planInventoryTitles } from "./inventory-title"

describe("inventoryItemTitle", () => {
  it("names the product and the size", () => {
    expect(inventoryItemTitle("Pore Clarity Cleansing Oil", "150 ml")).toBe("Pore Clarity Cleansing Oil · 150 ml")
  })

  it("uses the product's name alone when the variant says nothing about a size", () => {
    expect(inventoryItemTitle("Clay Mask", "Default variant")).toBe("Clay Mask")
    expect(inventoryItemTitle("Clay Mask", null)).toBe("Clay Mask")
    expect(inventoryItemTitle("Clay Mask", "  ")).toBe("Clay Mask")
    expect(inventoryItemTitle("Clay Mask", "Clay Mask")).toBe("Clay Mask")
  })
})

describe("planInventoryTitles", () => {
  const oil = { title: "150 ml", product_title: "Pore Clarity Cleansing Oil" }

  it("renames items still carrying the bare size, or no title", () => {
    expect(
      planInventoryTitles([
        { ...oil, items: [{ id: "iitem_1", title: "150 ml", required_quantity: 1 }] },
        { title: "30 ml", product_title: "BHA Liquid", items: [{ id: "iitem_2", title: null, required_quantity: 1 }] },
      ])
    ).toEqual([
      { id: "iitem_1", title: "Pore Clarity Cleansing Oil · 150 ml" },
      { id: "iitem_2", title: "BHA Liquid · 30 ml" },
    ])
  })

  it("never overwrites a title staff chose, and leaves named items alone", () => {
    expect(
      planInventoryTitles([
        { ...oil, items: [{ id: "iitem_1", title: "Cleansing oil, big bottle", required_quantity: 1 }] },
        { ...oil, items: [{ id: "iitem_2", title: "Pore Clarity Cleansing Oil · 150 ml", required_quantity: 1 }] },
      ])
    ).toEqual([])
  })

  it("does not name a set's components after the set", () => {
    expect(
      planInventoryTitles([
        {
          title: "Set",
          product_title: "Double Cleanse Set",
          items: [
            { id: "iitem_1", title: null, required_quantity: 1 },
            { id: "iitem_3", title: null, required_quantity: 1 },
          ],
        },
        { title: "Set", product_title: "Twin Pack", items: [{ id: "iitem_1", title: null, required_quantity: 2 }] },
        { ...oil, items: [{ id: "iitem_1", title: null, required_quantity: 1 }] },
      ])
    ).toEqual([{ id: "iitem_1", title: "Pore Clarity Cleansing Oil · 150 ml" }])
  })
})
