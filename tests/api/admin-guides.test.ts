import { describe, expect, it } from "vitest"
import { admin, adminToken } from "../support/api"

async function sections(token: string) {
  const { status, body } = await admin("/admin/guides/pore-care", { token })
  expect(status).toBe(200)
  return body.guide.sections as {
    id: string
    kind: string
    title: string
    how_often: string | null
    category: { id: string; handle: string } | null
    bundle: { id: string; handle: string } | null
  }[]
}

describe("staff edit the guide through validated admin routes", () => {
  it("lists the guides for staff only", async () => {
    expect((await admin("/admin/guides")).status).toBe(401)
    const token = await adminToken()
    const { status, body } = await admin("/admin/guides", { token })
    expect(status).toBe(200)
    // seed/guide holds one guide.
    expect(body.guides.map((g: { handle: string }) => g.handle)).toEqual(["pore-care"])
  })

  it("saves a section's text and refuses bad input with a readable message, changing nothing", async () => {
    const token = await adminToken()
    const tips = (await sections(token)).find((s) => s.kind === "tips")!
    const path = `/admin/guides/pore-care/sections/${tips.id}`

    const empty = await admin(path, { token, body: {} })
    expect(empty.status).toBe(400)
    expect(empty.body.message).toMatch(/Nothing to change/)

    const blank = await admin(path, { token, body: { title: "   " } })
    expect(blank.status).toBe(400)
    expect(blank.body.message).toMatch(/title cannot be empty/i)

    const notAStep = await admin(path, { token, body: { title: "Changed", how_often: "Daily" } })
    expect(notAStep.status).toBe(400)
    expect(notAStep.body.message).toMatch(/Only step sections/)
    expect((await sections(token)).find((s) => s.id === tips.id)!.title).toBe(tips.title)

    const saved = await admin(path, { token, body: { title: `${tips.title}` } })
    expect(saved.status).toBe(200)
    expect(saved.body.section.title).toBe(tips.title)
  })

  it("re-links a step to another bundle and back, and refuses a product that is not a bundle", async () => {
    const token = await adminToken()
    const all = await sections(token)
    const mask = all.find((s) => s.category?.handle === "mask")!
    const protect = all.find((s) => s.category?.handle === "protect")!
    const path = `/admin/guides/pore-care/sections/${mask.id}`

    const { body: products } = await admin("/admin/products?handle=pore-clarity-cleansing-oil&fields=id", { token })
    const notBundle = await admin(path, { token, body: { title: "Changed", bundle_id: products.products[0].id } })
    expect(notBundle.status).toBe(400)
    expect(notBundle.body.message).toMatch(/is not a bundle/)
    const unchanged = (await sections(token)).find((s) => s.id === mask.id)!
    expect(unchanged.title).toBe(mask.title)
    expect(unchanged.bundle?.handle).toBe("mask-set")

    try {
      const moved = await admin(path, { token, body: { bundle_id: protect.bundle!.id } })
      expect(moved.status).toBe(200)
      expect(moved.body.section.bundle.handle).toBe("protect-set")
    } finally {
      const back = await admin(path, { token, body: { bundle_id: mask.bundle!.id } })
      expect(back.body.section.bundle.handle).toBe("mask-set")
    }
    expect((await sections(token)).find((s) => s.id === mask.id)).toEqual(mask)
  })
})
