import { describe, expect, it } from "vitest"
import { cheapestFirst } from "./shipping"

describe("cheapestFirst", () => {
  it("puts standard before express whatever order Medusa answers in, and keeps the list", () => {
    const express = { id: "so_express", name: "Express shipping", amount: 12.95 }
    const standard = { id: "so_standard", name: "Standard shipping", amount: 4.95 }
    const options = [express, standard]
    expect(cheapestFirst(options).map((o) => o.id)).toEqual(["so_standard", "so_express"])
    expect(options.map((o) => o.id)).toEqual(["so_express", "so_standard"])
  })

  it("treats free shipping as cheapest and orders equal prices by name", () => {
    const sorted = cheapestFirst([
      { name: "Express shipping", amount: 12.95 },
      { name: "Standard shipping", amount: 0 },
      { name: "Courier", amount: 12.95 },
    ])
    expect(sorted.map((o) => o.name)).toEqual(["Standard shipping", "Courier", "Express shipping"])
  })
})
