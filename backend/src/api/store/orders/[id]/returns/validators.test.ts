import { describe, expect, it } from "vitest"
import { StoreStartReturn } from "./validators"

const messages = (input: unknown) => StoreStartReturn.safeParse(input).error?.issues.map((issue) => issue.message)

describe("StoreStartReturn", () => {
  it("accepts order lines with whole quantities; an empty reason or note is left out", () => {
    expect(
      StoreStartReturn.parse({ items: [{ id: "ordli_1", quantity: 2, reason_id: "", note: " Too rich " }] })
    ).toEqual({
      items: [{ id: "ordli_1", quantity: 2, reason_id: undefined, note: "Too rich" }],
    })
  })

  it("refuses what the caller must not choose: receiving now, the price, the warehouse", () => {
    expect(StoreStartReturn.safeParse({ items: [{ id: "ordli_1", quantity: 1 }], receive_now: true }).success).toBe(
      false
    )
    expect(StoreStartReturn.safeParse({ items: [{ id: "ordli_1", quantity: 1 }], location_id: "sloc_1" }).success).toBe(
      false
    )
  })

  it("explains each refusal in a sentence", () => {
    expect(messages({ items: [] })).toEqual(["Choose at least one item to return."])
    expect(messages({ items: [{ id: "ordli_1", quantity: 0 }] })).toEqual([
      "Each quantity must be a whole number of at least 1.",
    ])
    expect(
      messages({
        items: [
          { id: "ordli_1", quantity: 1 },
          { id: "ordli_1", quantity: 1 },
        ],
      })
    ).toEqual(["Each item can be listed only once in a return."])
    expect(messages({ items: [{ id: "ordli_1", quantity: 1, note: "a\u0007b" }] })).toEqual([
      "The note cannot contain control characters.",
    ])
  })
})
