import { describe, expect, it } from "vitest"
import { presentBundle, presentSections, type ProductRow } from "./present"

function product(handle: string, rank: number, price: number | null, available = 10, bundle = false): ProductRow {
  return {
    id: `prod_${handle}`,
    handle,
    title: handle.replace(/-/g, " "),
    subtitle: null,
    thumbnail: null,
    is_bundle: bundle,
    step_rank: rank,
    variants: [{ id: `variant_${handle}`, title: "50 ml", sku: handle.toUpperCase(), price, available }],
  }
}

const foam = product("gentle-foam", 0, 19.9)
const oil = product("cleansing-oil", 0, 24.9)
const spf = product("spf-fluid", 5, 24.9)
const bySku = new Map([foam, oil, spf].map((p) => [p.variants[0].sku!, { product: p, variant: p.variants[0] }]))

describe("presentBundle", () => {
  it("prices the set against its parts and lists them in routine order", () => {
    const set = product("cleanse-set", 0, 39.9, 5, true)
    const bundle = presentBundle(
      set,
      [
        { sku: "SPF-FLUID", quantity: 1 },
        { sku: "GENTLE-FOAM", quantity: 2 },
        { sku: "CLEANSING-OIL", quantity: 1 },
      ],
      bySku
    )!
    expect(bundle.components.map((c) => c.handle)).toEqual(["cleansing-oil", "gentle-foam", "spf-fluid"])
    expect(bundle.components_total).toBe(89.6)
    expect(bundle.saving).toBe(49.7)
    expect(bundle.in_stock).toBe(true)
  })

  it("is not offered when the set or one of its parts has no price in the region", () => {
    expect(presentBundle(product("s", 0, null, 5, true), [{ sku: "GENTLE-FOAM", quantity: 1 }], bySku)).toBeNull()
    expect(presentBundle(product("s", 0, 10, 5, true), [{ sku: "MISSING", quantity: 1 }], bySku)).toBeNull()
  })

  it("is out of stock when the kit has no availability", () => {
    expect(presentBundle(product("s", 0, 10, 0, true), [{ sku: "GENTLE-FOAM", quantity: 1 }], bySku)!.in_stock).toBe(
      false
    )
  })
})

describe("presentSections", () => {
  it("orders sections by position and lists a step's products without its bundles", () => {
    const sections = presentSections(
      [
        {
          id: "b",
          handle: "cleanse",
          kind: "step",
          title: "Step 1",
          body: "",
          position: 2,
          how_often: "Daily",
          precautions: [],
          category: { id: "cat", handle: "cleanse", name: "Cleanse" },
          bundle_id: null,
        },
        {
          id: "a",
          handle: "introduction",
          kind: "intro",
          title: "Intro",
          body: "",
          position: 1,
          how_often: null,
          precautions: [],
          category: null,
          bundle_id: null,
        },
      ],
      new Map([["cat", [oil, product("cleanse-set", 0, 39.9, 5, true)]]]),
      new Map()
    )
    expect(sections.map((s) => s.id)).toEqual(["a", "b"])
    expect(sections[1].products.map((p) => p.handle)).toEqual(["cleansing-oil"])
    expect(sections[1].bundle).toBeNull()
  })
})
