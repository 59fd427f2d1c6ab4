import { execFile } from "node:child_process"
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken } from "../support/api"
import { stack } from "../support/stack"

const ROOT = path.resolve(__dirname, "..", "..")
const TABLES = [
  "store",
  "store_currency",
  "sales_channel",
  "api_key",
  "region",
  "region_country",
  "tax_region",
  "tax_rate",
  "stock_location",
  "fulfillment_set",
  "service_zone",
  "geo_zone",
  "shipping_option",
  "price_preference",
  "product_category",
  "product_type",
  "product",
  "product_variant",
  "price",
  "inventory_item",
  "inventory_level",
  "skincare_profile",
  "variant_size",
  "promotion",
  "guide",
  "guide_section",
  "return_reason",
]

let client: pg.Client

beforeAll(async () => {
  client = new pg.Client({ connectionString: stack.databaseUrl })
  await client.connect()
})

afterAll(async () => {
  await client?.end()
})

/** Row count and newest change of every table the seed writes. */
async function snapshot() {
  const result: Record<string, { rows: number; changed: string | null }> = {}
  for (const table of TABLES) {
    const { rows } = await client.query(
      `select count(*)::int as rows, max(updated_at)::text as changed from ${pg.escapeIdentifier(table)}`
    )
    result[table] = rows[0]
  }
  return result
}

/**
 * Runs the seed as `npm run seed` does. Asynchronously: a blocked event loop would keep the HTTP
 * client from noticing that the server closed an idle keep-alive connection meanwhile, and the
 * next call would fail with "other side closed".
 */
function runSeed(seedDir?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = seedDir ? { ...stack.backendEnv, SEED_DIR: seedDir } : stack.backendEnv
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, "node_modules", ".bin", "medusa"),
      ["exec", "./src/scripts/seed.js"],
      {
        cwd: path.join(ROOT, "backend", ".medusa", "server"),
        env,
        encoding: "utf8",
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })
    )
  })
}

describe("the seed", () => {
  it("gives each region a return shipping option and a delivery time, and the store its return reasons", async () => {
    const token = await adminToken()
    const { body: regions } = await admin("/admin/regions?fields=id,name,metadata", { token })
    const { body: options } = await admin("/admin/shipping-options?fields=id,name,service_zone.name,rules.*&limit=50", {
      token,
    })
    const returnOptions = options.shipping_options.filter((option: { rules: { attribute: string; value: string }[] }) =>
      option.rules.some((rule) => rule.attribute === "is_return" && rule.value === "true")
    )
    expect(returnOptions.map((o: { service_zone: { name: string } }) => o.service_zone.name).sort()).toEqual([
      "Europe",
      "United States",
    ])
    // Medusa Admin lists every return option of the warehouse by name alone: each names its region.
    expect(
      returnOptions.every(
        (o: { name: string; service_zone: { name: string } }) => o.name === `Return by post (${o.service_zone.name})`
      )
    ).toBe(true)
    const days = Object.fromEntries(
      regions.regions.map((r: { name: string; metadata: Record<string, unknown> }) => [
        r.name,
        r.metadata?.delivery_days,
      ])
    )
    expect(days).toEqual({ Europe: 6, "United States": 9 })
    const { body: reasons } = await admin("/admin/return-reasons?fields=value,label", { token })
    expect(reasons.return_reasons.map((r: { value: string }) => r.value).sort()).toEqual([
      "arrived-damaged",
      "changed-mind",
      "did-not-suit-skin",
      "other",
      "wrong-item",
    ])
  })

  it("changes nothing when it runs a second time", async () => {
    const before = await snapshot()
    expect(before.product.rows).toBeGreaterThanOrEqual(24)
    const run = await runSeed()
    expect(run.status, run.stderr + run.stdout).toBe(0)
    expect(run.stdout).not.toMatch(/seed: (created|stocked|attached|configured|set)/)
    expect(await snapshot()).toEqual(before)
  })

  it("gives profiles saved before the personal routine its facts, and leaves staff's edits alone", async () => {
    // A store seeded before issue 13: one profile without the routine's facts, and a staff edit.
    const { rows } = await client.query(
      `select sp.id, sp.actives, sp.max_uses_per_week, sp.starting_uses_per_week, sp.amount_per_use_ml
         from skincare_profile sp where sp.actives @> '[{"code": "retinoid"}]' and sp.deleted_at is null limit 1`
    )
    const before = rows[0]
    expect(before.starting_uses_per_week).toBeGreaterThan(0)
    await client.query(
      `update skincare_profile set actives = null, max_uses_per_week = null, starting_uses_per_week = null,
         amount_per_use_ml = null, how_to_use = how_to_use || ' (staff note)' where id = $1`,
      [before.id]
    )
    const run = await runSeed()
    expect(run.status, run.stderr + run.stdout).toBe(0)
    expect(run.stdout).toMatch(/added routine facts to 1 skincare profile/)
    const { rows: after } = await client.query(
      `select actives, max_uses_per_week, starting_uses_per_week, amount_per_use_ml, how_to_use
         from skincare_profile where id = $1`,
      [before.id]
    )
    const { how_to_use, ...facts } = after[0]
    const { id: _id, ...expected } = before
    expect(facts).toEqual(expected)
    expect(how_to_use).toMatch(/\(staff note\)$/)
    await client.query(
      `update skincare_profile set how_to_use = replace(how_to_use, ' (staff note)', '') where id = $1`,
      [before.id]
    )
  })

  it("adds a product new to seed/ to an existing store, and leaves one staff deleted deleted", async () => {
    // seed/ as the team would change it: one product more.
    const seedDir = await mkdtemp(path.join(tmpdir(), "lcl-seed-"))
    try {
      await cp(path.join(ROOT, "seed"), seedDir, { recursive: true })
      const file = path.join(seedDir, "catalog", "products.json")
      const products = JSON.parse(await readFile(file, "utf8"))
      const suffix = Date.now().toString(36).toUpperCase()
      const handle = `seed-test-serum-${suffix.toLowerCase()}`
      const template = products.find((p: { step: string }) => p.step === "treat")
      products.push({
        ...template,
        handle,
        title: `Seed Test Serum ${suffix}`,
        variants: template.variants.map((v: { sku: string }) => ({ ...v, sku: `LCL-SEED-${suffix}-${v.sku}` })),
      })
      await writeFile(file, JSON.stringify(products, null, 2))

      const added = await runSeed(seedDir)
      expect(added.status, added.stderr + added.stdout).toBe(0)
      const token = await adminToken()
      const found = await admin(`/admin/products?handle=${handle}&fields=id,variants.sku`, { token })
      expect(found.body.products).toHaveLength(1)
      expect(found.body.products[0].variants[0].sku).toMatch(/^LCL-SEED-/)

      const deleted = await admin(`/admin/products/${found.body.products[0].id}`, { method: "DELETE", token })
      expect(deleted.status).toBe(200)
      const again = await runSeed(seedDir)
      expect(again.status, again.stderr + again.stdout).toBe(0)
      expect((await admin(`/admin/products?handle=${handle}`, { token })).body.products).toHaveLength(0)
    } finally {
      await rm(seedDir, { recursive: true, force: true })
    }
  })
})
