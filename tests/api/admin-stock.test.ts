import { execFile } from "node:child_process"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken } from "../support/api"
import { stack } from "../support/stack"
import { setStock } from "../support/inventory"
import { inventoryItem, setAvailable } from "../support/stock"

type SetAtRisk = { id: string; title: string; required_quantity: number; sellable_units: number; blocked: boolean }
type LowStockItem = {
  id: string
  title: string
  sku: string
  threshold: number
  stocked: number
  reserved: number
  available: number
  sets: SetAtRisk[]
}

const OUT = "LCL-MSK-PINK-75"
const LOW = "LCL-MSK-KAOL-50"
let token: string
const restore: [string, number][] = []

const ROOT = path.resolve(__dirname, "..", "..")

/** Runs the setup `npm start` runs before the server, asynchronously (as the seed test does). */
function runSetup(): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, "node_modules", ".bin", "medusa"),
      ["exec", "./src/scripts/setup.js"],
      {
        cwd: path.join(ROOT, "backend", ".medusa", "server"),
        env: stack.backendEnv,
        encoding: "utf8",
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ status: error ? 1 : 0, output: stdout + stderr })
    )
  })
}

const rename = (id: string, title: string) => admin(`/admin/inventory-items/${id}`, { token, body: { title } })

const lowStock = () => admin<{ items: LowStockItem[]; default_threshold: number }>("/admin/low-stock", { token })
const setThreshold = (id: string, body: unknown) =>
  admin<{
    inventory_item: { id: string; metadata: Record<string, unknown>; low_stock_threshold: number }
    message?: string
  }>(`/admin/inventory-items/${id}/low-stock-threshold`, { token, body })

beforeAll(async () => {
  token = await adminToken()
})

afterAll(async () => {
  for (const [sku, stocked] of restore) {
    await setStock(sku, stocked)
  }
})

describe("inventory items in Medusa Admin", () => {
  it("carry the product's name and size, so staff can tell them apart", async () => {
    const { status, body } = await admin("/admin/inventory-items?fields=id,title,sku&limit=200", { token })
    expect(status).toBe(200)
    const titles = new Map<string, string>(
      body.inventory_items.map((item: { sku: string; title: string }) => [item.sku, item.title])
    )
    expect(titles.get("LCL-CLN-OIL-150")).toBe("Pore Clarity Cleansing Oil · 150 ml")
    expect(titles.get("LCL-CLN-FOAM-400")).toBe("Pore Clarity Gentle Foam Cleanser · 400 ml refill")
    expect(titles.get("LCL-PRT-TINT-40")).toBe("Daily Shield SPF 50 Tinted Fluid · 40 ml")
    expect([...titles.values()].filter((title) => /^\d+ ml/.test(title ?? ""))).toEqual([])
  })

  it("of a store seeded before keep a bare size only until setup names them, and staff's own titles stay", async () => {
    const bare = await inventoryItem("LCL-CLN-BALM-100")
    const chosen = await inventoryItem("LCL-CLN-CALM-150")
    try {
      expect((await rename(bare.id, "100 ml")).status).toBe(200)
      expect((await rename(chosen.id, "Calming foam, shelf B3")).status).toBe(200)
      const setup = await runSetup()
      expect(setup.status, setup.output).toBe(0)
      expect(setup.output).toMatch(/named \d+ inventory items? after their products/)
      expect((await inventoryItem("LCL-CLN-BALM-100")).title).toBe("Pore Clarity Melting Cleansing Balm · 100 ml")
      expect((await inventoryItem("LCL-CLN-CALM-150")).title).toBe("Calming foam, shelf B3")
    } finally {
      await rename(bare.id, bare.title!)
      await rename(chosen.id, chosen.title!)
    }
  }, 180_000)

  it("of a product created in Medusa Admin carry its name and size too", async () => {
    const title = `Test Pore Mist ${Date.now().toString(36)}`
    const created = await admin("/admin/products", {
      token,
      body: {
        title,
        options: [{ title: "Size", values: ["80 ml"] }],
        variants: [
          {
            title: "80 ml",
            options: { Size: "80 ml" },
            manage_inventory: true,
            prices: [{ currency_code: "eur", amount: 12 }],
          },
        ],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const productId = created.body.product.id as string
    const itemTitle = async () => {
      const { body } = await admin(`/admin/products/${productId}?fields=variants.inventory_items.inventory.title`, {
        token,
      })
      return body.product.variants[0].inventory_items[0]?.inventory?.title as string | undefined
    }
    try {
      await expect.poll(itemTitle, { timeout: 20_000, interval: 500 }).toBe(`${title} · 80 ml`)
    } finally {
      await admin(`/admin/products/${productId}`, { token, method: "DELETE" })
    }
  })
})

describe("the low-stock page's API", () => {
  it("is for staff only", async () => {
    expect((await admin("/admin/low-stock")).status).toBe(401)
    expect((await admin("/admin/dashboard/summary")).status).toBe(401)
    const item = await inventoryItem(LOW)
    expect(
      (await admin(`/admin/inventory-items/${item.id}/low-stock-threshold`, { body: { threshold: 5 } })).status
    ).toBe(401)
  })

  it("lists an item that ran out with the set it blocks, and a low one with the sets it will block", async () => {
    restore.push([OUT, await setAvailable(OUT, 0)])
    restore.push([LOW, await setAvailable(LOW, 4)])

    const { status, body } = await lowStock()
    expect(status).toBe(200)
    expect(body.default_threshold).toBe(10)
    const out = body.items.find((item) => item.sku === OUT)!
    const low = body.items.find((item) => item.sku === LOW)!
    expect(out).toMatchObject({ title: "Pore Detox Pink Clay Gentle Mask · 75 ml", threshold: 10, available: 0 })
    expect(out.stocked - out.reserved).toBe(0)
    expect(out.sets).toEqual([
      expect.objectContaining({ title: "Clay Mask Pair", required_quantity: 1, sellable_units: 0, blocked: true }),
    ])
    expect(low).toMatchObject({ title: "Pore Detox Kaolin & Bentonite Clay Mask · 50 ml", available: 4 })
    const lowSets = Object.fromEntries(low.sets.map((set) => [set.title, set]))
    expect(lowSets["Clay Mask Pair"]).toMatchObject({ blocked: false, sellable_units: 0 })
    expect(lowSets["Complete Pore Routine"]).toMatchObject({ blocked: false, sellable_units: 4 })
    expect(body.items.indexOf(out)).toBeLessThan(body.items.indexOf(low))
  })

  it("keeps a threshold staff set, beside the item's other metadata", async () => {
    const item = await inventoryItem(LOW)
    const tagged = await admin(`/admin/inventory-items/${item.id}`, {
      token,
      body: { metadata: { ...(item.metadata ?? {}), supplier: "Kaolin & Co." } },
    })
    expect(tagged.status).toBe(200)

    const saved = await setThreshold(item.id, { threshold: 3 })
    expect(saved.status).toBe(200)
    expect(saved.body.inventory_item.low_stock_threshold).toBe(3)
    expect((await inventoryItem(LOW)).metadata).toMatchObject({ supplier: "Kaolin & Co.", low_stock_threshold: 3 })
    expect((await lowStock()).body.items.some((listed) => listed.sku === LOW)).toBe(false)

    expect((await setThreshold(item.id, { threshold: 25 })).status).toBe(200)
    const listed = (await lowStock()).body.items.find((entry) => entry.sku === LOW)
    expect(listed?.threshold).toBe(25)
    expect((await inventoryItem(LOW)).metadata).toMatchObject({ supplier: "Kaolin & Co.", low_stock_threshold: 25 })
  })

  it("refuses a threshold that is not a whole number from 0 to 100,000, with a sentence, and changes nothing", async () => {
    const item = await inventoryItem(LOW)
    const before = item.metadata
    const sentence = "The low-stock threshold must be a whole number from 0 to 100,000."
    for (const body of [
      { threshold: -1 },
      { threshold: 2.5 },
      { threshold: "10" },
      { threshold: 100_001 },
      {},
      { threshold: null },
    ]) {
      const refused = await setThreshold(item.id, body)
      expect(refused.status, JSON.stringify(body)).toBe(400)
      expect(refused.body.message).toContain(sentence)
    }
    const extra = await setThreshold(item.id, { threshold: 5, note: "x" })
    expect(extra.status).toBe(400)
    expect((await inventoryItem(LOW)).metadata).toEqual(before)
  })

  it("answers 404 with a sentence for an unknown item", async () => {
    const missing = await setThreshold("iitem_doesnotexist", { threshold: 5 })
    expect(missing.status).toBe(404)
    expect(missing.body.message).toBe("Inventory item iitem_doesnotexist was not found.")
  })
})
