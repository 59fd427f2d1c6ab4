import { describe, expect, it } from "vitest"
import { AdminUpdateGuideSection } from "./guide-section.js"

const messagesFor = (input: unknown) =>
  AdminUpdateGuideSection.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message])

describe("AdminUpdateGuideSection", () => {
  it("accepts any one field, trimmed; clearing 'how often', the category or the bundle is null", () => {
    expect(AdminUpdateGuideSection.parse({ title: " Cleanse " })).toEqual({ title: "Cleanse" })
    expect(AdminUpdateGuideSection.parse({ how_often: null, category_id: null, bundle_id: null })).toEqual({
      how_often: null,
      category_id: null,
      bundle_id: null,
    })
  })

  it("names the field of each refusal in a sentence", () => {
    expect(messagesFor({ title: "   " })).toEqual([["title", "The title cannot be empty."]])
    expect(messagesFor({ body: "x".repeat(20_001) })).toEqual([["body", "The text is longer than 20000 characters."]])
    expect(messagesFor({ precautions: ["Patch test first", " "] })).toEqual([
      ["precautions.1", "A precaution cannot be empty."],
    ])
    expect(messagesFor({ precautions: Array.from({ length: 21 }, (_, index) => `Precaution ${index}`) })).toEqual([
      ["precautions", "A section can have at most 20 precautions."],
    ])
    expect(messagesFor({})).toEqual([["", "Nothing to change: send at least one field."]])
  })
})
