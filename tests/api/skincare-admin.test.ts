import type { ProductSkincare } from "@lacremeluxe/shared"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken } from "../support/api"
import { stack } from "../support/stack"

/** A skincare profile as the Admin API answers it. */
type Profile = ProductSkincare & { id: string }

const HANDLE = "pore-perfect-10-niacinamide-serum"
let token: string
let productId: string
let original: Profile

const body = ({ id: _id, ...profile }: Profile) => profile
const profileOf = (id: string) =>
  admin<{ skincare_profile: Profile | null; message?: string }>(`/admin/products/${id}/skincare`, { token })
const save = (id: string, profile: unknown) =>
  admin<{ skincare_profile: Profile; message?: string }>(`/admin/products/${id}/skincare`, { token, body: profile })

beforeAll(async () => {
  token = await adminToken()
  const { body: found } = await admin(`/admin/products?handle=${HANDLE}&fields=id`, { token })
  productId = found.products[0].id
  original = (await profileOf(productId)).body.skincare_profile!
})

afterAll(async () => {
  await save(productId, body(original))
})

describe("the product skincare profile in Medusa Admin", () => {
  it("is for staff only", async () => {
    expect((await admin("/admin/skincare-profiles/missing")).status).toBe(401)
    expect((await admin(`/admin/products/${productId}/skincare`)).status).toBe(401)
    expect((await admin(`/admin/products/${productId}/skincare`, { body: body(original) })).status).toBe(401)
  })

  it("answers 404 with a sentence for an unknown product", async () => {
    const missing = await profileOf("prod_doesnotexist")
    expect(missing.status).toBe(404)
    expect(missing.body.message).toBe("Product prod_doesnotexist was not found.")
  })

  it("refuses bad input with a sentence and changes nothing", async () => {
    const cases: [unknown, RegExp][] = [
      [
        { ...body(original), skin_types: ["oily", "greasy"] },
        /A skin type must be one of: oily, combination, normal, dry, sensitive\./,
      ],
      [{ ...body(original), key_ingredients: [] }, /Add at least one key ingredient\./],
      [{ ...body(original), how_to_use: "   " }, /How to use cannot be empty\./],
      [{ ...body(original), pregnancy_safe: "yes" }, /Pregnancy-safe must be true or false\./],
      [{ ...body(original), shelf_life: "12 months" }, /shelf_life/],
    ]
    for (const [input, message] of cases) {
      const refused = await save(productId, input)
      expect(refused.status, JSON.stringify(input)).toBe(400)
      expect(refused.body.message).toMatch(message)
    }
    expect((await profileOf(productId)).body.skincare_profile).toEqual(original)
  })

  it("replaces the profile, and the storefront's product page shows the change", async () => {
    const changed = {
      ...body(original),
      how_to_use: "Apply two drops to clean skin each evening, then moisturise.",
      warnings: [...original.warnings, "Patch test before first use."],
      concerns: ["visible-pores", "dullness"],
    }
    const saved = await save(productId, changed)
    expect(saved.status).toBe(200)
    expect(saved.body.skincare_profile).toEqual({ ...changed, id: original.id })
    expect((await profileOf(productId)).body.skincare_profile).toEqual({ ...changed, id: original.id })

    // The save emits skincare-profile.saved; the storefront regenerates the product page.
    await expect
      .poll(async () => (await fetch(`${stack.storefrontUrl}/de/en/products/${HANDLE}`)).text(), {
        timeout: 30_000,
        interval: 1_000,
      })
      .toContain("Patch test before first use.")
  })

  it("creates and links a profile for a product that has none", async () => {
    const { body: created } = await admin(`/admin/products`, {
      token,
      body: { title: `Profile Test ${Date.now()}`, status: "draft", options: [{ title: "Size", values: ["30 ml"] }] },
    })
    const id = created.product.id as string
    const missing = async () =>
      (await admin<{ products: { id: string; title: string }[] }>("/admin/skincare-profiles/missing", { token })).body
        .products
    try {
      expect((await profileOf(id)).body.skincare_profile).toBeNull()
      // Listed for staff as still to describe, alone: seeded products have profiles, bundles need none.
      expect((await missing()).map((p) => p.id)).toEqual([id])
      const profile = { ...body(original), product_type: "Serum", pregnancy_safe: false }
      const saved = await save(id, profile)
      expect(saved.status).toBe(200)
      expect(saved.body.skincare_profile).toMatchObject(profile)
      const { body: linked } = await admin(`/admin/products/${id}?fields=skincare_profile.id`, { token })
      expect(linked.product.skincare_profile.id).toBe(saved.body.skincare_profile.id)
      expect(await missing()).toEqual([])
    } finally {
      await admin(`/admin/products/${id}`, { token, method: "DELETE" })
    }
  })
})
