import { describe, expect, it } from "vitest"
import { joinLines, splitLines, sameItems } from "./lines"

describe("splitLines", () => {
  it("returns one item per line", () => {
    expect(splitLines("Patch test first\nAvoid the eye area")).toEqual(["Patch test first", "Avoid the eye area"])
  })

  it("trims every line and drops blank or whitespace-only lines", () => {
    expect(splitLines("  Patch test first  \n\n   \n\tAvoid the eye area\t\n")).toEqual([
      "Patch test first",
      "Avoid the eye area",
    ])
  })

  it("accepts Windows and old Mac line endings", () => {
    expect(splitLines("One\r\nTwo\rThree")).toEqual(["One", "Two", "Three"])
  })

  it("returns an empty list for empty or blank text", () => {
    expect(splitLines("")).toEqual([])
    expect(splitLines(" \n \r\n\t")).toEqual([])
  })

  it("keeps the wording inside a line, punctuation included", () => {
    expect(splitLines("- Use SPF 30+, even indoors.")).toEqual(["- Use SPF 30+, even indoors."])
  })
})

describe("joinLines", () => {
  it("joins items with one per line", () => {
    expect(joinLines(["Patch test first", "Avoid the eye area"])).toBe("Patch test first\nAvoid the eye area")
  })

  it("returns an empty string for an empty list", () => {
    expect(joinLines([])).toBe("")
  })

  it("drops blank items and trims the rest", () => {
    expect(joinLines(["  One ", "", "   ", "Two"])).toBe("One\nTwo")
  })

  it("round-trips with splitLines", () => {
    const list = ["Patch test first", "Avoid the eye area", "Stop if it stings"]
    expect(splitLines(joinLines(list))).toEqual(list)
  })
})

describe("sameItems", () => {
  it("compares lists item by item, in order", () => {
    expect(sameItems(["a", "b"], ["a", "b"])).toBe(true)
    expect(sameItems(["a", "b"], ["b", "a"])).toBe(false)
    expect(sameItems(["a"], ["a", "b"])).toBe(false)
    expect(sameItems([], [])).toBe(true)
  })
})
