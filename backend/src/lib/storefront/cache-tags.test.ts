import { describe, expect, it } from "vitest"
import { REVALIDATING_EVENTS, tagsForEvent } from "./cache-tags"

describe("tagsForEvent", () => {
  it("refreshes only the guide when staff edit it", () => {
    expect(tagsForEvent("guide.changed")).toEqual(["guide"])
  })

  it("refreshes the catalog and the guide when a product, price or stock changes", () => {
    for (const event of [
      "product.updated",
      "skincare-profile.saved",
      "product-variant.updated",
      "inventory-level.updated",
      "order.placed",
    ]) {
      expect(tagsForEvent(event), event).toEqual(["catalog", "guide"])
    }
  })

  it("names a tag for every event the subscriber listens to", () => {
    for (const event of REVALIDATING_EVENTS) {
      expect(tagsForEvent(event).length, event).toBeGreaterThan(0)
    }
  })

  it("ignores events that do not change public pages", () => {
    expect(tagsForEvent("customer.created")).toEqual([])
  })
})
