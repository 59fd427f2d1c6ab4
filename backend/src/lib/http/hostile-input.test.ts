import { describe, expect, it } from "vitest"
import { MAX_DEPTH, refuseAddress, refuseBody, refusePaging } from "./hostile-input"

const JSON_BODY = { json: true, emptyIds: true }

describe("refuseAddress", () => {
  it("answers the shared address rules (addressProblem) with a 400", () => {
    expect(refuseAddress("/store/carts/%/complete")).toMatchObject({
      status: 400,
      message: expect.stringMatching(/percent-encoding/),
    })
    expect(refuseAddress("/store/carts/cart_01/complete")).toBeNull()
  })
})

describe("refusePaging", () => {
  it("accepts whole numbers within bounds and no paging at all", () => {
    expect(refusePaging({})).toBeNull()
    expect(refusePaging({ limit: "0", offset: "40" })).toBeNull()
    expect(refusePaging({ limit: "9999" })).toBeNull()
  })

  it("refuses negative, fractional, huge, non-numeric and non-text paging", () => {
    for (const query of [
      { limit: "-1" },
      { limit: "abc" },
      { limit: "1e3" },
      { offset: "1.5" },
      { limit: "99999999999999999999" },
      { offset: "9223372036854775808" },
      { limit: ["1", "2"] },
      { limit: { $gt: "1" } },
    ]) {
      expect(refusePaging(query)).toMatchObject({
        status: 400,
        message: expect.stringMatching(/must be a whole number/),
      })
    }
  })
})

describe("refuseBody", () => {
  it("lets ordinary bodies through, line breaks in notes included", () => {
    expect(refuseBody({}, JSON_BODY)).toBeNull()
    expect(refuseBody({ email: "a@b.test", items: [{ variant_id: "variant_1", quantity: 2 }] }, JSON_BODY)).toBeNull()
    expect(refuseBody({ note: "line one\nline two\ttabbed" }, JSON_BODY)).toBeNull()
    expect(refuseBody({ collection_id: "" }, { json: true, emptyIds: false })).toBeNull()
  })

  it("refuses a JSON body that is not an object", () => {
    for (const body of [[1, 2], "text", 42, null]) {
      expect(refuseBody(body, JSON_BODY)?.message).toBe("The request body must be a JSON object ({ … }).")
    }
    expect(refuseBody("plain text", { json: false, emptyIds: true })).toBeNull()
  })

  it("refuses control characters in values and keys, naming the field", () => {
    expect(refuseBody({ address: { city: "Lei\u0000pzig" } }, JSON_BODY)?.message).toBe(
      'The field "address.city" contains control characters (such as NUL), which no text of the store may hold.'
    )
    expect(refuseBody({ items: [{ note: "\u001b[2J" }] }, JSON_BODY)?.message).toMatch(/"items\[0\]\.note"/)
    expect(refuseBody({ "em\u0000ail": "a@b.test" }, JSON_BODY)?.message).toMatch(/field name/)
  })

  it("refuses empty and oversized ids, and nesting deeper than any request", () => {
    expect(refuseBody({ variant_id: " " }, JSON_BODY)?.message).toBe('The field "variant_id" must not be empty.')
    expect(refuseBody({ items: [{ id: "x".repeat(300) }] }, JSON_BODY)?.message).toMatch(/longer than any id/)
    let deep: unknown = []
    for (let level = 0; level < 5000; level++) deep = [deep]
    expect(refuseBody({ items: deep }, JSON_BODY)?.message).toBe(
      `The request body is nested more than ${MAX_DEPTH} levels deep.`
    )
  })
})
