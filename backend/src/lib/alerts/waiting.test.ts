import { describe, expect, it } from "vitest"
import { waitingPerVariant } from "./waiting"

const variant = (id: string, title: string) => ({ id, title, product_id: `prod_${id}`, handle: id })

describe("shoppers waiting per variant", () => {
  it("counts confirmed and unconfirmed alerts per variant, ended ones not at all, most waited-for first", () => {
    const alerts = [
      { variant_id: "a", status: "confirmed" },
      { variant_id: "b", status: "confirmed" },
      { variant_id: "b", status: "confirmed" },
      { variant_id: "b", status: "pending" },
      { variant_id: "a", status: "ended" },
      { variant_id: "gone", status: "pending" },
    ]
    expect(waitingPerVariant(alerts, [variant("a", "Oil · 150 ml"), variant("b", "Double Cleanse Set")])).toEqual([
      { variant_id: "b", title: "Double Cleanse Set", product_id: "prod_b", waiting: 2, unconfirmed: 1 },
      { variant_id: "a", title: "Oil · 150 ml", product_id: "prod_a", waiting: 1, unconfirmed: 0 },
      { variant_id: "gone", title: "Deleted variant gone", product_id: null, waiting: 0, unconfirmed: 1 },
    ])
  })
})
