import { describe, expect, it } from "vitest"
import { offeredShipping } from "./shipping"

describe("offeredShipping", () => {
  it("puts standard before express whatever order Medusa answers in, and keeps the list", () => {
    const express = { id: "so_express", name: "Express shipping", amount: 12.95 }
    const standard = { id: "so_standard", name: "Standard shipping", amount: 4.95 }
    const options = [express, standard]
    expect(offeredShipping(options).map((o) => o.id)).toEqual(["so_standard", "so_express"])
    expect(options.map((o) => o.id)).toEqual(["so_express", "so_standard"])
  })

  it("treats free shipping as cheapest and orders equal prices by name", () => {
    const sorted = offeredShipping([
      { name: "Express shipping", amount: 12.95 },
      { name: "Standard shipping", amount: 0 },
      { name: "Courier", amount: 12.95 },
    ])
    expect(sorted.map((o) => o.name)).toEqual(["Standard shipping", "Courier", "Express shipping"])
  })

  it("leaves out options without a price for the cart instead of offering them as free", () => {
    // What Medusa lists for a cart without an address: every zone's options, the other
    // currencies' without an amount.
    const sorted = offeredShipping([
      { id: "so_us_standard", name: "Standard shipping", amount: undefined },
      { id: "so_eu_express", name: "Express shipping", amount: 12.95 },
      { id: "so_us_express", name: "Express shipping", amount: null },
      { id: "so_eu_standard", name: "Standard shipping", amount: 4.95 },
    ])
    expect(sorted.map((o) => o.id)).toEqual(["so_eu_standard", "so_eu_express"])
  })
})
