import { describe, expect, it } from "vitest"
import { LookupInput, ReturnInput, returnFormValues } from "./return-input"

describe("order lookup input", () => {
  it("accepts the number with or without '#', and the e-mail in any case", () => {
    expect(LookupInput.parse({ email: " Mara@Example.com ", order_number: "#1042" })).toEqual({
      email: "mara@example.com",
      order_number: 1042,
    })
  })

  it("explains a malformed e-mail or number", () => {
    const result = LookupInput.safeParse({ email: "mara", order_number: "abc" })
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "Please enter the e-mail address you ordered with, like name@example.com."],
      ["order_number", "Please enter the order number from your confirmation e-mail, like 1042."],
    ])
  })
})

describe("return form input", () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData()
    for (const [key, value] of entries) data.append(key, value)
    return returnFormValues(data)
  }

  it("keeps the lines with a quantity, and leaves out an empty reason and note", () => {
    const values = form([
      ["qty:item_1", "2"],
      ["qty:item_2", "0"],
      ["reason_id", ""],
      ["note", " "],
    ])
    expect(ReturnInput.parse(values)).toEqual({
      items: [{ id: "item_1", quantity: 2 }],
      reason_id: undefined,
      note: undefined,
    })
  })

  it("asks for at least one item", () => {
    const result = ReturnInput.safeParse(
      form([
        ["qty:item_1", "0"],
        ["reason_id", ""],
        ["note", ""],
      ])
    )
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Choose at least one item and how many to return."])
  })
})
