import { describe, expect, it } from "vitest"
import { StoreCreateReview, summariseRatings } from "./reviews.js"

describe("review rules", () => {
  it("averages ratings to one decimal and counts each star", () => {
    expect(summariseRatings([5, 4, 4])).toEqual({
      average: 4.3,
      count: 3,
      per_star: { "1": 0, "2": 0, "3": 0, "4": 2, "5": 1 },
    })
    expect(summariseRatings([])).toEqual({
      average: null,
      count: 0,
      per_star: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 },
    })
  })

  it("refuses a rating outside 1–5, empty text and text over 2,000 characters with sentences", () => {
    const problems = (body: unknown) => StoreCreateReview.safeParse(body).error?.issues.map((i) => i.message) ?? []
    expect(problems({ rating: 6, title: "Fine", text: "Good" })).toEqual([
      "The rating must be a number of stars from 1 to 5.",
    ])
    expect(problems({ rating: 4, title: "Fine", text: "   " })).toEqual(["The review cannot be empty."])
    expect(problems({ rating: 4, title: "Fine", text: "a".repeat(2001) })).toEqual([
      "The review is longer than 2000 characters.",
    ])
    expect(problems({ rating: 4, title: "Fine", text: "<b>Good</b>", skin_type: "oily" })).toEqual([])
  })
})
