import { describe, expect, it } from "vitest"
import { TIMES_OF_DAY } from "@lacremeluxe/shared"
import type { SkincareProfile } from "./skincare"
import {
  LIMITS,
  type SkincareFormValues,
  checkForm,
  hasErrors,
  isOneOf,
  toBody,
  toFormValues,
  toggleChoice,
} from "./skincare-form"

const clayMask: SkincareProfile = {
  id: "skin_01",
  product_type: "Clay mask",
  key_ingredients: ["Kaolin", "Niacinamide"],
  inci: "Aqua, Kaolin, Niacinamide, Glycerin",
  skin_types: ["oily", "combination"],
  concerns: ["visible-pores", "excess-oil"],
  how_to_use: "Apply a thin layer to clean skin.\nRinse after 10 minutes.",
  time_of_day: "pm",
  frequency: "one_to_two_weekly",
  warnings: ["Avoid the eye area", "Patch test first"],
  pregnancy_safe: true,
  fragrance_free: false,
}

/** A form that passes every check, to change one field at a time. */
const valid = (): SkincareFormValues => toFormValues(clayMask)

const repeat = (length: number) => "x".repeat(length)
const lines = (count: number) =>
  Array.from({ length: count }, (_, index) => `Item ${index + 1}`).join("\n")

describe("toFormValues", () => {
  it("puts a saved profile into the form, key ingredients and warnings one per line", () => {
    expect(toFormValues(clayMask)).toEqual({
      productType: "Clay mask",
      keyIngredients: "Kaolin\nNiacinamide",
      inci: "Aqua, Kaolin, Niacinamide, Glycerin",
      skinTypes: ["oily", "combination"],
      concerns: ["visible-pores", "excess-oil"],
      howToUse: "Apply a thin layer to clean skin.\nRinse after 10 minutes.",
      timeOfDay: "pm",
      frequency: "one_to_two_weekly",
      warnings: "Avoid the eye area\nPatch test first",
      pregnancySafe: true,
      fragranceFree: false,
    })
  })

  it("gives a product without a profile an empty form, morning and evening, daily", () => {
    const values = toFormValues(null)
    expect(values).toMatchObject({
      productType: "",
      keyIngredients: "",
      inci: "",
      skinTypes: [],
      concerns: [],
      howToUse: "",
      warnings: "",
      timeOfDay: "am_pm",
      frequency: "daily",
    })
  })

  it("never claims a new product is safe in pregnancy or fragrance-free", () => {
    const values = toFormValues(null)
    expect(values.pregnancySafe).toBe(false)
    expect(values.fragranceFree).toBe(false)
  })

  it("gives the form its own copies of the lists, so editing it never changes the cached profile", () => {
    const values = toFormValues(clayMask)
    values.skinTypes.push("dry")
    expect(clayMask.skin_types).toEqual(["oily", "combination"])
  })
})

describe("toBody", () => {
  it("sends the saved profile back unchanged, without its id", () => {
    const { id: _id, ...withoutId } = clayMask
    expect(toBody(toFormValues(clayMask))).toEqual(withoutId)
  })

  it("turns the key ingredients and warnings textareas into lists, trimmed, blank lines dropped", () => {
    const body = toBody({
      ...valid(),
      keyIngredients: "  Kaolin \r\n\n Salicylic acid\n\n",
      warnings: "\n  Avoid the eye area  \n   \n",
    })
    expect(body.key_ingredients).toEqual(["Kaolin", "Salicylic acid"])
    expect(body.warnings).toEqual(["Avoid the eye area"])
  })

  it("sends no warnings as an empty list", () => {
    expect(toBody({ ...valid(), warnings: "  \n " }).warnings).toEqual([])
  })

  it("trims the text fields but keeps the line breaks inside 'how to use'", () => {
    const body = toBody({
      ...valid(),
      productType: "  Clay mask ",
      inci: " Aqua, Kaolin \n",
      howToUse: "\n Apply to clean skin.\n\nRinse well. \n",
    })
    expect(body.product_type).toBe("Clay mask")
    expect(body.inci).toBe("Aqua, Kaolin")
    expect(body.how_to_use).toBe("Apply to clean skin.\n\nRinse well.")
  })

  it("lists skin types and concerns in the vocabulary's order, whatever order they were ticked in", () => {
    const body = toBody({
      ...valid(),
      skinTypes: ["sensitive", "oily", "dry"],
      concerns: ["uv-exposure", "blackheads"],
    })
    expect(body.skin_types).toEqual(["oily", "dry", "sensitive"])
    expect(body.concerns).toEqual(["blackheads", "uv-exposure"])
  })

  it("sends the chosen time of day, frequency and both claims as they are", () => {
    const body = toBody({
      ...valid(),
      timeOfDay: "am",
      frequency: "twice_daily",
      pregnancySafe: false,
      fragranceFree: true,
    })
    expect(body).toMatchObject({
      time_of_day: "am",
      frequency: "twice_daily",
      pregnancy_safe: false,
      fragrance_free: true,
    })
  })
})

describe("checkForm", () => {
  it("accepts a complete profile", () => {
    expect(checkForm(valid())).toEqual({})
    expect(hasErrors(checkForm(valid()))).toBe(false)
  })

  it("asks for every required field of an empty form, and only those", () => {
    const errors = checkForm(toFormValues(null))
    expect(Object.keys(errors).sort()).toEqual(
      ["concerns", "howToUse", "keyIngredients", "productType", "skinTypes"].sort()
    )
    expect(errors.productType).toMatch(/product type/i)
    expect(errors.keyIngredients).toMatch(/at least one key ingredient/i)
    expect(errors.skinTypes).toMatch(/at least one skin type/i)
    expect(errors.concerns).toMatch(/at least one concern/i)
    expect(errors.howToUse).toMatch(/how to use/i)
    expect(hasErrors(errors)).toBe(true)
  })

  it("treats text made only of spaces and blank lines as empty", () => {
    const errors = checkForm({
      ...valid(),
      productType: "   ",
      keyIngredients: " \n\n ",
      howToUse: "\n  \n",
    })
    expect(Object.keys(errors).sort()).toEqual(["howToUse", "keyIngredients", "productType"])
  })

  it("leaves INCI and warnings optional", () => {
    expect(checkForm({ ...valid(), inci: "", warnings: "" })).toEqual({})
  })

  it("limits the product type to 80 characters", () => {
    expect(checkForm({ ...valid(), productType: repeat(LIMITS.productType) })).toEqual({})
    expect(checkForm({ ...valid(), productType: repeat(81) }).productType).toBe(
      "The product type can have at most 80 characters (now 81)."
    )
  })

  it("limits key ingredients to 12, of at most 80 characters each", () => {
    expect(checkForm({ ...valid(), keyIngredients: lines(12) })).toEqual({})
    expect(checkForm({ ...valid(), keyIngredients: lines(13) }).keyIngredients).toBe(
      "List at most 12 key ingredients (now 13)."
    )

    const long = `Niacinamide ${repeat(69)}`
    expect(long).toHaveLength(81)
    expect(checkForm({ ...valid(), keyIngredients: `Kaolin\n${repeat(80)}` })).toEqual({})
    expect(checkForm({ ...valid(), keyIngredients: `Kaolin\n${long}` }).keyIngredients).toBe(
      `Each key ingredient can have at most 80 characters; shorten “${long.slice(0, 40)}…”.`
    )
  })

  it("does not count blank lines or surrounding spaces towards the key ingredient limits", () => {
    const twelveSpaced = lines(12).split("\n").join("\n\n")
    expect(checkForm({ ...valid(), keyIngredients: twelveSpaced })).toEqual({})
    expect(checkForm({ ...valid(), keyIngredients: `   ${repeat(80)}   ` })).toEqual({})
  })

  it("limits the INCI list to 4000 characters", () => {
    expect(checkForm({ ...valid(), inci: repeat(LIMITS.inci) })).toEqual({})
    expect(checkForm({ ...valid(), inci: repeat(4001) }).inci).toBe(
      "The INCI list can have at most 4000 characters (now 4001)."
    )
  })

  it("limits 'how to use' to 2000 characters", () => {
    expect(checkForm({ ...valid(), howToUse: repeat(LIMITS.howToUse) })).toEqual({})
    expect(checkForm({ ...valid(), howToUse: repeat(2001) }).howToUse).toBe(
      "“How to use” can have at most 2000 characters (now 2001)."
    )
  })

  it("limits warnings to 12, of at most 300 characters each", () => {
    expect(checkForm({ ...valid(), warnings: lines(12) })).toEqual({})
    expect(checkForm({ ...valid(), warnings: lines(13) }).warnings).toBe(
      "List at most 12 warnings (now 13)."
    )
    expect(checkForm({ ...valid(), warnings: repeat(300) })).toEqual({})
    expect(checkForm({ ...valid(), warnings: `Short\n${repeat(301)}` }).warnings).toBe(
      `Each warning can have at most 300 characters; shorten “${repeat(40)}…”.`
    )
  })

  it("refuses a key ingredient or warning listed twice, as the API does", () => {
    expect(checkForm({ ...valid(), keyIngredients: "Zinc PCA\nNiacinamide\n Zinc PCA " }).keyIngredients).toBe(
      "“Zinc PCA” is listed twice; name each key ingredient once."
    )
    expect(checkForm({ ...valid(), warnings: "Avoid the eyes.\nAvoid the eyes." }).warnings).toBe(
      "“Avoid the eyes.” is listed twice; name each warning once."
    )
  })

  it("reports each field that is wrong at once", () => {
    const errors = checkForm({ ...valid(), productType: "", skinTypes: [], warnings: lines(13) })
    expect(Object.keys(errors).sort()).toEqual(["productType", "skinTypes", "warnings"])
  })
})

describe("toggleChoice", () => {
  it("adds a ticked value once and removes an unticked one", () => {
    expect(toggleChoice(["oily"], "dry", true)).toEqual(["oily", "dry"])
    expect(toggleChoice(["oily", "dry"], "dry", true)).toEqual(["oily", "dry"])
    expect(toggleChoice(["oily", "dry"], "oily", false)).toEqual(["dry"])
    expect(toggleChoice(["oily"], "dry", false)).toEqual(["oily"])
  })
})

describe("isOneOf", () => {
  it("accepts a vocabulary's values and nothing else", () => {
    expect(isOneOf(TIMES_OF_DAY, "am_pm")).toBe(true)
    expect(isOneOf(TIMES_OF_DAY, "noon")).toBe(false)
    expect(isOneOf(TIMES_OF_DAY, "")).toBe(false)
  })
})
