import { describe, expect, it } from "vitest"
import { formatPrecautions, parsePrecautions, samePrecautions } from "./precautions"

describe("parsePrecautions", () => {
  it("returns one precaution per line", () => {
    expect(parsePrecautions("Patch test first\nAvoid the eye area")).toEqual([
      "Patch test first",
      "Avoid the eye area",
    ])
  })

  it("trims every line and drops blank or whitespace-only lines", () => {
    expect(parsePrecautions("  Patch test first  \n\n   \n\tAvoid the eye area\t\n")).toEqual([
      "Patch test first",
      "Avoid the eye area",
    ])
  })

  it("accepts Windows and old Mac line endings", () => {
    expect(parsePrecautions("One\r\nTwo\rThree")).toEqual(["One", "Two", "Three"])
  })

  it("returns an empty list for empty or blank text", () => {
    expect(parsePrecautions("")).toEqual([])
    expect(parsePrecautions(" \n \r\n\t")).toEqual([])
  })

  it("keeps the wording inside a line, punctuation included", () => {
    expect(parsePrecautions("- Use SPF 30+, even indoors.")).toEqual(["- Use SPF 30+, even indoors."])
  })
})

describe("formatPrecautions", () => {
  it("joins precautions with one per line", () => {
    expect(formatPrecautions(["Patch test first", "Avoid the eye area"])).toBe(
      "Patch test first\nAvoid the eye area"
    )
  })

  it("returns an empty string for no precautions", () => {
    expect(formatPrecautions([])).toBe("")
  })

  it("drops blank items and trims the rest", () => {
    expect(formatPrecautions(["  One ", "", "   ", "Two"])).toBe("One\nTwo")
  })

  it("round-trips with parsePrecautions", () => {
    const list = ["Patch test first", "Avoid the eye area", "Stop if it stings"]
    expect(parsePrecautions(formatPrecautions(list))).toEqual(list)
  })
})

describe("samePrecautions", () => {
  it("compares lists item by item, in order", () => {
    expect(samePrecautions(["a", "b"], ["a", "b"])).toBe(true)
    expect(samePrecautions(["a", "b"], ["b", "a"])).toBe(false)
    expect(samePrecautions(["a"], ["a", "b"])).toBe(false)
    expect(samePrecautions([], [])).toBe(true)
  })
})
