import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { store } from "../support/api"

describe("the storefront's list of countries", () => {
  it("is exactly the countries of the backend's regions", async () => {
    const source = readFileSync(path.resolve(__dirname, "../../storefront/src/lib/countries.ts"), "utf8")
    const listed = JSON.parse(source.match(/STORE_COUNTRIES = (\[[^\]]*\])/)![1].replace(/'/g, '"'))
    const { body } = await store("/store/regions?fields=countries.iso_2")
    const countries = body.regions.flatMap((r: { countries: { iso_2: string }[] }) => r.countries.map((c) => c.iso_2))
    expect([...listed].sort()).toEqual([...countries].sort())
  })
})
