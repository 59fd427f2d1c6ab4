import { describe, expect, it } from "vitest"
import { StoreOrderLookup } from "./validators"

describe("StoreOrderLookup", () => {
  it("accepts the e-mail in any case and the number with or without '#'", () => {
    expect(StoreOrderLookup.parse({ email: " Mara@Example.COM ", display_id: "#42" })).toEqual({
      email: "mara@example.com",
      display_id: 42,
    })
    expect(StoreOrderLookup.parse({ email: "mara@example.com", display_id: 42 })).toEqual({
      email: "mara@example.com",
      display_id: 42,
    })
  })

  it("explains a malformed e-mail or order number", () => {
    const result = StoreOrderLookup.safeParse({ email: "mara@", display_id: "4 2" })
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Enter the e-mail address you ordered with, like name@example.com.",
      "Enter the order number from your confirmation e-mail, like 1042.",
    ])
  })
})
