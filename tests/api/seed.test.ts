import { spawnSync } from "node:child_process"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stack } from "../support/stack"

const ROOT = path.resolve(__dirname, "..", "..")
const TABLES = [
  "store", "store_currency", "sales_channel", "api_key", "region", "region_country", "tax_region", "tax_rate",
  "stock_location", "fulfillment_set", "service_zone", "geo_zone", "shipping_option", "price_preference",
  "product_category", "product_type", "product", "product_variant", "price", "inventory_item", "inventory_level",
  "skincare_profile", "variant_size", "promotion", "guide", "guide_section",
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

function runSeed() {
  const env = stack.backendEnv
  return spawnSync(path.join(ROOT, "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/seed.js"], {
    cwd: path.join(ROOT, "backend", ".medusa", "server"),
    env,
    encoding: "utf8",
    timeout: 120_000,
  })
}

describe("the seed", () => {
  it("changes nothing when it runs a second time", async () => {
    const before = await snapshot()
    expect(before.product.rows).toBeGreaterThanOrEqual(24)
    const run = runSeed()
    expect(run.status, run.stderr + run.stdout).toBe(0)
    expect(run.stdout).not.toMatch(/seed: (created|stocked|attached|configured)/)
    expect(await snapshot()).toEqual(before)
  })
})
