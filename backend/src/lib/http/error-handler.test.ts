import { describe, expect, it } from "vitest"
import { refusalForError } from "./error-handler"

/** An error as body-parser makes them (http-errors with a `type`). */
const bodyParserError = (type: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(type), { type, expose: true, ...extra })

describe("refusalForError", () => {
  it("answers the router's failed parameter decoding with a 400", () => {
    expect(refusalForError(new URIError("Failed to decode param '%ZZ'"))).toMatchObject({ status: 400 })
  })

  it("puts body-parser's refusals in sentences, with the size limit in kB", () => {
    expect(refusalForError(bodyParserError("entity.parse.failed"))).toEqual({
      status: 400,
      message: "The request body is not valid JSON.",
    })
    expect(refusalForError(bodyParserError("entity.too.large", { limit: 102_400 }))).toEqual({
      status: 413,
      message: "The request body is too large: this address accepts at most 100 kB.",
    })
    expect(refusalForError(bodyParserError("encoding.unsupported"))?.status).toBe(415)
  })

  it("maps PostgreSQL's data exceptions to a 400, wrapped or not", () => {
    const driver = Object.assign(new Error('invalid input syntax for type integer: "abc"'), { code: "22P02" })
    expect(refusalForError(driver)).toMatchObject({ status: 400 })
    expect(refusalForError({ message: "wrapped", previous: { code: "22001" } })?.message).toBe(
      "A value in the request is longer than the store accepts."
    )
    expect(refusalForError(Object.assign(new Error("outer"), { cause: { code: "22021" } }))?.status).toBe(400)
    expect(refusalForError({ code: "2200D" })?.status).toBe(400)
  })

  it("answers a sort or filter by a field the entity does not have with a 400", () => {
    expect(refusalForError(new Error("Trying to order by not existing property Product.no_such_column"))).toEqual({
      status: 400,
      message: 'The list cannot be sorted by "no_such_column": there is no such field.',
    })
    expect(refusalForError(new Error("Trying to order by not existing property Order.\u001b"))?.message).toBe(
      'The list cannot be sorted by "?": there is no such field.'
    )
    expect(refusalForError(new Error("Trying to query by not existing property Cart.x"))?.status).toBe(400)
    expect(refusalForError({ message: "Trying to order by not existing property Order.nope" })?.status).toBe(400)
  })

  it("leaves the store's own failures to Medusa's handler", () => {
    expect(refusalForError(new Error("boom"))).toBeNull()
    expect(refusalForError({ code: "23505" })).toBeNull()
    expect(refusalForError({ code: "57P01" })).toBeNull()
    expect(refusalForError(undefined)).toBeNull()
  })
})
