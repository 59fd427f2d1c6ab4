import { describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { availableQuantity, setStock } from "../support/inventory"
import { seededCatalog, seededGuideField } from "../support/seed"

const STEPS = ["cleanse", "exfoliate", "hydrate", "treat", "mask", "protect"]

type Bundle = {
  handle: string
  variant_id: string
  price: number
  components_total: number
  saving: number
  in_stock: boolean
  components: { handle: string; variant_id: string; quantity: number; unit_price: number }[]
}
type Section = {
  id: string
  handle: string
  kind: string
  title: string
  body: string
  position: number
  how_often: string | null
  precautions: string[]
  category: { handle: string } | null
  products: { handle: string; price: number | null }[]
  bundle: Bundle | null
}

async function guide(regionName = "Europe") {
  const region = await regionByName(regionName)
  const { status, body } = await store(`/store/guides/pore-care?region_id=${region.id}`)
  expect(status).toBe(200)
  return body.guide as { handle: string; title: string; currency_code: string; sections: Section[] }
}

function step(sections: Section[], handle: string): Section {
  const found = sections.find((s) => s.kind === "step" && s.category?.handle === handle)
  if (!found) {
    throw new Error(`no step ${handle}`)
  }
  return found
}

describe("GET /store/guides/:handle", () => {
  it("answers the whole guide in order: introduction, why pores enlarge, can they shrink, six steps, tips, conclusion", async () => {
    const { title, sections } = await guide()
    expect(title).toBe("Pore care, step by step")
    expect(sections.map((s) => s.position)).toEqual([...sections.map((s) => s.position)].sort((a, b) => a - b))
    expect(sections.map((s) => s.kind)).toEqual([
      "intro",
      "article",
      "article",
      "step",
      "step",
      "step",
      "step",
      "step",
      "step",
      "tips",
      "conclusion",
    ])
    expect(sections.filter((s) => s.kind === "step").map((s) => s.category?.handle)).toEqual(STEPS)
  })

  it("gives every step its seeded how-often line, products and bundle, priced for the region", async () => {
    const seeded = await seededCatalog()
    const bySku = new Map(seeded.products.flatMap((p) => p.variants.map((v) => [v.sku, { handle: p.handle, ...v }])))
    for (const [regionName, currency] of [
      ["Europe", "eur"],
      ["United States", "usd"],
    ] as const) {
      const { sections, currency_code } = await guide(regionName)
      expect(currency_code).toBe(currency)
      for (const handle of STEPS) {
        const section = step(sections, handle)
        expect(section.how_often, handle).toBe(await seededGuideField("pore-care", handle, "how_often"))
        // The step's products (never its set), each from its lowest seeded price.
        expect(section.products.map((p) => [p.handle, p.price]).sort(), handle).toEqual(
          seeded.products
            .filter((p) => p.step === handle)
            .map((p) => [p.handle, Math.min(...p.variants.map((v) => v.prices[currency]))])
            .sort()
        )
        const bundle = seeded.bundles.find((b) => b.handle === `${handle}-set`)!
        expect(section.bundle?.handle, handle).toBe(bundle.handle)
        expect(section.bundle!.price, handle).toBe(bundle.prices[currency])
        expect(section.bundle!.components.map((c) => [c.handle, c.quantity, c.unit_price]).sort(), handle).toEqual(
          bundle.components
            .map((c) => [bySku.get(c.sku)!.handle, c.quantity, bySku.get(c.sku)!.prices[currency]])
            .sort()
        )
      }
    }
  })

  it("keeps the article's frequencies and precautions", async () => {
    const { sections } = await guide()
    expect(step(sections, "exfoliate").how_often).toMatch(/1.2 times a week/)
    expect(step(sections, "mask").how_often).toMatch(/once a week/i)
    expect(step(sections, "protect").how_often).toMatch(/every (day|morning)|daily/i)
    expect(step(sections, "treat").precautions.join(" ")).toMatch(/pregnan.*breastfeeding/i)
    expect(step(sections, "cleanse").body).toMatch(/cleansing oil or balm/)
  })

  it("prices each bundle below the sum of its parts, in both currencies, and states the saving", async () => {
    for (const regionName of ["Europe", "United States"]) {
      const { sections } = await guide(regionName)
      for (const handle of STEPS) {
        const bundle = step(sections, handle).bundle!
        const parts = bundle.components.reduce((sum, c) => sum + c.unit_price * c.quantity, 0)
        expect(bundle.components_total).toBeCloseTo(parts, 2)
        expect(bundle.price, `${handle} in ${regionName}`).toBeLessThan(parts)
        expect(bundle.saving).toBeCloseTo(parts - bundle.price, 2)
      }
    }
  })

  it("answers 404 with a message for an unknown guide, and 400 without a region", async () => {
    const region = await regionByName("Europe")
    const unknown = await store(`/store/guides/no-such-guide?region_id=${region.id}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toMatch(/no guide called "no-such-guide"/)
    const noRegion = await store("/store/guides/pore-care")
    expect(noRegion.status).toBe(400)
    expect(noRegion.body.message).toMatch(/region_id/)
    const badRegion = await store("/store/guides/pore-care?region_id=reg_nope")
    expect(badRegion.status).toBe(400)
    expect(badRegion.body.message).toMatch(/no region/)
  })
})

describe("bundles are inventory kits", () => {
  it("offers a complete-routine bundle with one product from each step and no retinol (pregnancy-safe)", async () => {
    const token = await adminToken()
    const { body } = await admin(
      "/admin/products?handle=complete-routine-set&fields=handle,variants.inventory_items.required_quantity,variants.inventory_items.inventory.sku",
      { token }
    )
    const skus: string[] = body.products[0].variants[0].inventory_items.map(
      (item: { inventory: { sku: string } }) => item.inventory.sku
    )
    expect(skus).toHaveLength(6)
    const { body: parts } = await admin(
      `/admin/products?fields=handle,*categories,*skincare_profile,variants.sku&limit=200`,
      { token }
    )
    const components = parts.products.filter((p: { variants: { sku: string }[] }) =>
      p.variants.some((v) => skus.includes(v.sku))
    )
    expect(components).toHaveLength(6)
    expect(new Set(components.map((p: { categories: { handle: string }[] }) => p.categories[0].handle))).toEqual(
      new Set(STEPS)
    )
    for (const product of components) {
      expect(product.skincare_profile.pregnancy_safe, product.handle).toBe(true)
      expect(product.skincare_profile.inci, product.handle).not.toMatch(/retinol/i)
    }
  })

  it("ordering a bundle decrements every component's stock by its required quantity", async () => {
    const { sections } = await guide()
    const bundle = step(sections, "hydrate").bundle!
    const { body } = await store(`/store/products?fields=variants.id,variants.sku&limit=200`)
    const skuOf = new Map<string, string>(
      body.products.flatMap((p: { variants: { id: string; sku: string }[] }) => p.variants.map((v) => [v.id, v.sku]))
    )
    const before = await Promise.all(bundle.components.map((c) => availableQuantity(skuOf.get(c.variant_id)!)))

    const cart = await newCart()
    expect((await addItem(cart.id, bundle.variant_id, 1)).status).toBe(200)
    const order = await checkout(cart.id)
    expect(order.body.type).toBe("order")

    const after = await Promise.all(bundle.components.map((c) => availableQuantity(skuOf.get(c.variant_id)!)))
    bundle.components.forEach((component, index) => {
      expect(after[index], component.handle).toBe(before[index] - component.quantity)
    })
  })

  it("refuses a bundle with a component out of stock with a clear 4xx, and adds nothing", async () => {
    const { sections } = await guide()
    const bundle = step(sections, "mask").bundle!
    const { body } = await store(`/store/products?fields=variants.id,variants.sku&limit=200`)
    const component = body.products
      .flatMap((p: { variants: { id: string; sku: string }[] }) => p.variants)
      .find((v: { id: string }) => v.id === bundle.components[1].variant_id)
    const previous = await setStock(component.sku, 0)
    try {
      const cart = await newCart()
      const added = await addItem(cart.id, bundle.variant_id, 1)
      expect(added.status).toBeGreaterThanOrEqual(400)
      expect(added.status).toBeLessThan(500)
      expect(added.body.message).toMatch(/inventory/i)
      const { body: after } = await store(`/store/carts/${cart.id}?fields=items.id`)
      expect(after.cart.items).toEqual([])

      const { sections: now } = await guide()
      expect(step(now, "mask").bundle!.in_stock).toBe(false)
    } finally {
      await setStock(component.sku, previous)
    }
    expect(step((await guide()).sections, "mask").bundle!.in_stock).toBe(true)
  })
})
