import { describe, expect, it } from "vitest"
import { AdminSaveSkincareProfile } from "./skincare-profile.js"

const valid = {
  product_type: " Serum ",
  key_ingredients: ["Niacinamide 10 %", "Zinc PCA 1 %"],
  inci: "",
  skin_types: ["oily", "combination"],
  concerns: ["visible-pores"],
  how_to_use: "Two drops, morning and evening.",
  time_of_day: "am_pm",
  frequency: "twice_daily",
  warnings: [],
  pregnancy_safe: false,
  fragrance_free: true,
  actives: [{ code: "niacinamide", percent: 10 }],
  max_uses_per_week: 7,
  starting_uses_per_week: null,
  amount_per_use_ml: 0.2,
}

const messageFor = (input: unknown) =>
  AdminSaveSkincareProfile.safeParse(input).error?.issues.map((issue) => issue.message)

describe("AdminSaveSkincareProfile", () => {
  it("accepts a whole profile, trimmed; INCI and warnings may be empty", () => {
    expect(AdminSaveSkincareProfile.parse(valid)).toEqual({ ...valid, product_type: "Serum" })
  })

  it("explains each refusal in a sentence", () => {
    expect(messageFor({ ...valid, pregnancy_safe: "yes" })).toEqual(["Pregnancy-safe must be true or false."])
    expect(messageFor({ ...valid, how_to_use: "  " })).toEqual(["How to use cannot be empty."])
    expect(messageFor({ ...valid, product_type: 7 })).toEqual(["The product type must be text."])
    expect(messageFor({ ...valid, product_type: "  " })).toEqual(["Enter the product type, e.g. “Clay mask”."])
    expect(messageFor({ ...valid, skin_types: [] })).toEqual(["Choose at least one skin type."])
    expect(messageFor({ ...valid, skin_types: ["oily", "greasy"] })).toEqual([
      "A skin type must be one of: oily, combination, normal, dry, sensitive.",
    ])
    expect(messageFor({ ...valid, key_ingredients: [] })).toEqual(["Add at least one key ingredient."])
    expect(messageFor({ ...valid, concerns: ["dryness", "dryness"] })).toEqual(["Name each concern once."])
    expect(messageFor({ ...valid, key_ingredients: ["Zinc PCA", "x".repeat(81)] })).toEqual([
      "A key ingredient is longer than 80 characters.",
    ])
    expect(messageFor({ ...valid, warnings: "Patch test" })).toEqual(["The warnings must be a list."])
    expect(messageFor({ ...valid, frequency: undefined })).toEqual([
      "The frequency must be one of: daily, twice_daily, one_to_two_weekly, weekly.",
    ])
  })
})
