import { describe, expect, it } from "vitest"
import { joinLines, splitLines } from "./lines"

describe("lists stored as lines", () => {
  it("gives back the list it was given, trimmed, without blank items", () => {
    const items = ["Patch test first.", "Avoid the eye area."]
    expect(splitLines(joinLines(items))).toEqual(items)
    expect(splitLines(" a \r\n\r\nb\n")).toEqual(["a", "b"])
  })

  it("reads nothing as an empty list", () => {
    expect(splitLines(null)).toEqual([])
    expect(joinLines([])).toBe("")
  })
})
