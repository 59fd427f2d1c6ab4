import { REGION_CHOICES, STORE_COUNTRIES } from "@lacremeluxe/shared"
import { describe, expect, it } from "vitest"
import { store } from "../support/api"

describe("the store's shared list of countries", () => {
  it("is exactly the countries of the backend's regions", async () => {
    const { body } = await store("/store/regions?fields=countries.iso_2")
    const countries = body.regions.flatMap((r: { countries: { iso_2: string }[] }) => r.countries.map((c) => c.iso_2))
    expect([...STORE_COUNTRIES].sort()).toEqual([...countries].sort())
  })

  it("offers one country of each region in the region switch", async () => {
    const { body } = await store("/store/regions?fields=name,currency_code,countries.iso_2")
    const regions = body.regions as { name: string; currency_code: string; countries: { iso_2: string }[] }[]
    expect(REGION_CHOICES.map((choice) => choice.area).sort()).toEqual(regions.map((r) => r.name).sort())
    for (const choice of REGION_CHOICES) {
      const region = regions.find((r) => r.name === choice.area)!
      expect(region.countries.map((c) => c.iso_2)).toContain(choice.country)
      expect(region.currency_code.toUpperCase()).toBe(choice.currency)
    }
  })
})
