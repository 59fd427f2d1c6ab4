import { splitLines } from "@lacremeluxe/shared"
import { beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store } from "../support/api"
import { handles, seededCatalog } from "../support/seed"

let seeded: Awaited<ReturnType<typeof seededCatalog>>
beforeAll(async () => {
  seeded = await seededCatalog()
})

const GUIDE_ORDER = ["Cleanse", "Exfoliate", "Hydrate", "Treat", "Mask", "Protect"]

type Category = { id: string; name: string; handle: string; rank: number; parent_category: { handle: string } | null }
type Product = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  categories: { id: string }[]
  variants: {
    sku: string
    inventory_quantity?: number
    prices?: { currency_code: string; amount: number }[]
  }[]
}

async function stepCategories(): Promise<Category[]> {
  const { body } = await store<{ product_categories: Category[] }>(
    "/store/product-categories?fields=id,name,handle,rank,parent_category.handle&limit=100"
  )
  return body.product_categories
    .filter((c) => c.parent_category?.handle === "pore-care-routine")
    .sort((a, b) => a.rank - b.rank)
}

describe("the catalog follows the guide", () => {
  it("lists the six routine steps under 'Pore care routine' in guide order", async () => {
    const steps = await stepCategories()
    expect(steps.map((s) => s.name)).toEqual(GUIDE_ORDER)
  })

  it("has the seeded products besides the bundles, each in its step", async () => {
    const steps = await stepCategories()
    const { body } = await store<{ products: (Product & { type: { value: string } | null })[] }>(
      "/store/products?fields=id,handle,*categories,type.value&limit=200"
    )
    const products = body.products.filter((p) => p.type?.value !== "Bundle")
    expect(handles(products)).toEqual(handles(seeded.products))
    expect(handles(body.products.filter((p) => p.type?.value === "Bundle"))).toEqual(handles(seeded.bundles))
    for (const step of steps) {
      const inStep = products.filter((p) => p.categories.some((c) => c.id === step.id))
      expect(handles(inStep), step.name).toEqual(handles(seeded.products.filter((p) => p.step === step.handle)))
    }
  })

  it("prices every variant at its seeded price, in EUR for Europe and in USD for the United States", async () => {
    const seededPrices = new Map([
      ...seeded.products.flatMap((p) => p.variants.map((v) => [v.sku, v.prices] as const)),
      ...seeded.bundles.map((b) => [b.sku, b.prices] as const),
    ])
    for (const [regionName, currency] of [
      ["Europe", "eur"],
      ["United States", "usd"],
    ] as const) {
      const region = await regionByName(regionName)
      const { body } = await store<{
        products: {
          handle: string
          variants: { sku: string; calculated_price: { calculated_amount: number; currency_code: string } | null }[]
        }[]
      }>(`/store/products?region_id=${region.id}&fields=handle,variants.sku,*variants.calculated_price&limit=200`)
      const prices = body.products.flatMap((p) =>
        p.variants.map((v) => [v.sku, v.calculated_price?.currency_code, v.calculated_price?.calculated_amount])
      )
      expect(prices.sort()).toEqual(
        [...seededPrices].map(([sku, seededPrice]) => [sku, currency, seededPrice[currency]]).sort()
      )
    }
  })

  it("shows European prices including VAT and US prices before sales tax", async () => {
    const europe = await regionByName("Europe")
    const us = await regionByName("United States")
    const price = async (regionId: string) => {
      const { body } = await store(
        `/store/products?region_id=${regionId}&fields=handle,*variants.calculated_price&limit=1`
      )
      return body.products[0].variants[0].calculated_price
    }
    expect((await price(europe.id)).is_calculated_price_tax_inclusive).toBe(true)
    expect((await price(us.id)).is_calculated_price_tax_inclusive).toBe(false)
  })

  it("has every variant in stock at the warehouse, with a SKU", async () => {
    const { body } = await store<{ products: Product[] }>(
      "/store/products?fields=handle,variants.sku,+variants.inventory_quantity&limit=200"
    )
    for (const product of body.products) {
      for (const variant of product.variants) {
        expect(variant.sku, product.handle).toMatch(/^LCL-/)
        expect(variant.inventory_quantity, variant.sku).toBeGreaterThan(0)
      }
    }
  })

  it("gives every product its seeded skincare profile and every variant its volume, through module links", async () => {
    const token = await adminToken()
    const { status, body } = await admin(
      "/admin/products?fields=handle,thumbnail,type.value,*skincare_profile,variants.sku,variants.variant_size.volume_ml&limit=200",
      { token }
    )
    expect(status).toBe(200)
    const byHandle = new Map(body.products.map((p: { handle: string }) => [p.handle, p]))
    for (const product of seeded.products) {
      const found = byHandle.get(product.handle) as any
      const {
        id: _id,
        created_at: _created,
        updated_at: _updated,
        deleted_at: _deleted,
        ...profile
      } = found.skincare_profile
      // Medusa's product route shows the profile as stored: warnings one per line (they translate as text).
      expect({ ...profile, warnings: splitLines(profile.warnings) }, product.handle).toEqual({
        ...product.skincare,
        product_type: product.product_type,
      })
      expect(found.thumbnail, product.handle).toMatch(/\/uploads\/[^/]+\.(svg|webp)$/)
      expect(found.variants.map((v: any) => [v.sku, v.variant_size?.volume_ml]).sort()).toEqual(
        product.variants.map((v) => [v.sku, v.volume_ml]).sort()
      )
    }
  })

  it("labels retinol as not for pregnancy or breastfeeding, and acids and retinol with an SPF warning", async () => {
    const token = await adminToken()
    const { body } = await admin("/admin/products?fields=handle,title,*skincare_profile&limit=200", { token })
    body.products = body.products.filter((p: { skincare_profile: unknown }) => p.skincare_profile)
    const retinol = body.products.filter((p: { title: string }) => /retinol/i.test(p.title))
    expect(handles(retinol)).toEqual(handles(seeded.products.filter((p) => /retinol/i.test(p.title))))
    for (const product of retinol) {
      expect(product.skincare_profile.pregnancy_safe).toBe(false)
      expect(splitLines(product.skincare_profile.warnings).join(" ")).toMatch(/pregnan.*breastfeeding/i)
    }
    const acids = body.products.filter((p: { skincare_profile: { inci: string } }) =>
      /glycolic acid|lactic acid|salicylic acid|retinol/i.test(p.skincare_profile.inci)
    )
    for (const product of acids) {
      expect(splitLines(product.skincare_profile.warnings).join(" "), product.handle).toMatch(/SPF|sunscreen/i)
    }
  })

  it("serves each product's own image from the backend", async () => {
    const { body } = await store<{ products: Product[] }>("/store/products?fields=handle,thumbnail&limit=1")
    const response = await fetch(body.products[0].thumbnail!)
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/image\//)
  })
})
