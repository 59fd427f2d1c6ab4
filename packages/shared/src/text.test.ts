import { describe, expect, it } from "vitest"
import { hasControlCharacters } from "./text"

describe("hasControlCharacters", () => {
  it("finds NUL, escape and DEL but not letters, accents or emoji", () => {
    expect(hasControlCharacters("1Z999AA10123456784")).toBe(false)
    expect(hasControlCharacters("Crème légère ✨")).toBe(false)
    expect(hasControlCharacters("1Z\u0000999")).toBe(true)
    expect(hasControlCharacters("\u001b[31mred")).toBe(true)
    expect(hasControlCharacters("del\u007f")).toBe(true)
    expect(hasControlCharacters("c1\u0085")).toBe(true)
  })

  it("refuses line breaks in single-line values and keeps them in notes", () => {
    expect(hasControlCharacters("line one\nline two")).toBe(true)
    expect(hasControlCharacters("line one\r\n\tline two", { allowLineBreaks: true })).toBe(false)
  })
})
