import { zodResolver } from "@hookform/resolvers/zod"
import { TIMES_OF_DAY } from "@lacremeluxe/shared"
import { describe, expect, it } from "vitest"
import type { SkincareProfile } from "./skincare"
import {
  type SkincareFormValues,
  isOneOf,
  skincareFormSchema,
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
  actives: [
    { code: "niacinamide", percent: 2 },
    { code: "clay", percent: null },
  ],
  max_uses_per_week: 1,
  starting_uses_per_week: null,
  amount_per_use_ml: 2.5,
}

/** A form that passes every check, to change one field at a time. */
const valid = (): SkincareFormValues => toFormValues(clayMask)

const lines = (count: number) => Array.from({ length: count }, (_, index) => `Item ${index + 1}`).join("\n")

/** What the form shows beside each field, as react-hook-form gets it from the resolver. */
async function errorsBesideFields(values: SkincareFormValues): Promise<Record<string, string>> {
  const { errors } = await zodResolver(skincareFormSchema)(values, undefined, {
    fields: {},
    names: Object.keys(values) as (keyof SkincareFormValues)[],
    shouldUseNativeValidation: false,
  })
  const messages: Record<string, string> = {}
  for (const [field, error] of Object.entries(errors)) {
    // A list typed one item per line may be refused for one item: that message is nested by index.
    const found = Array.isArray(error) ? error.find(Boolean) : error
    // An active is refused by its strength: the message is nested once more.
    const nested = found && !found.message ? Object.values(found).find((inner) => inner?.message) : found
    messages[field] = nested?.message as string
  }
  return messages
}

describe("toFormValues", () => {
  it("puts a saved profile into the form, key ingredients and warnings one per line", () => {
    expect(toFormValues(clayMask)).toEqual({
      product_type: "Clay mask",
      key_ingredients: "Kaolin\nNiacinamide",
      inci: "Aqua, Kaolin, Niacinamide, Glycerin",
      skin_types: ["oily", "combination"],
      concerns: ["visible-pores", "excess-oil"],
      how_to_use: "Apply a thin layer to clean skin.\nRinse after 10 minutes.",
      time_of_day: "pm",
      frequency: "one_to_two_weekly",
      warnings: "Avoid the eye area\nPatch test first",
      pregnancy_safe: true,
      fragrance_free: false,
      actives: [
        { code: "niacinamide", percent: "2" },
        { code: "clay", percent: "" },
      ],
      max_uses_per_week: "1",
      starting_uses_per_week: "",
      amount_per_use_ml: "2.5",
    })
  })

  it("gives a product without a profile an empty form, morning and evening, daily, claiming nothing", () => {
    expect(toFormValues(null)).toEqual({
      product_type: "",
      key_ingredients: "",
      inci: "",
      skin_types: [],
      concerns: [],
      how_to_use: "",
      time_of_day: "am_pm",
      frequency: "daily",
      warnings: "",
      pregnancy_safe: false,
      fragrance_free: false,
      actives: [],
      max_uses_per_week: "",
      starting_uses_per_week: "",
      amount_per_use_ml: "",
    })
  })

  it("gives the form its own copies of the lists, so editing it never changes the cached profile", () => {
    const values = toFormValues(clayMask)
    values.skin_types.push("dry")
    expect(clayMask.skin_types).toEqual(["oily", "combination"])
  })
})

describe("toBody", () => {
  it("sends the saved profile back unchanged, without its id", () => {
    const { id: _id, ...withoutId } = clayMask
    expect(toBody(toFormValues(clayMask))).toEqual(withoutId)
  })

  it("turns the key ingredients and warnings textareas into lists, trimmed, blank lines dropped", () => {
    const body = toBody({ ...valid(), key_ingredients: "  Kaolin \r\n\n Salicylic acid\n\n", warnings: "\n  \n" })
    expect(body.key_ingredients).toEqual(["Kaolin", "Salicylic acid"])
    expect(body.warnings).toEqual([])
  })

  it("lists skin types and concerns in the vocabulary's order, whatever order they were ticked in", () => {
    const body = toBody({
      ...valid(),
      skin_types: ["sensitive", "oily", "dry"],
      concerns: ["uv-exposure", "blackheads"],
    })
    expect(body.skin_types).toEqual(["oily", "dry", "sensitive"])
    expect(body.concerns).toEqual(["blackheads", "uv-exposure"])
  })
})

describe("the form's schema (the API's own, over the form's values)", () => {
  it("gives the body the API will store: text trimmed, line breaks inside 'how to use' kept", () => {
    const body = skincareFormSchema.parse({
      ...valid(),
      product_type: "  Clay mask ",
      inci: " Aqua, Kaolin \n",
      how_to_use: "\n Apply to clean skin.\n\nRinse well. \n",
    })
    expect(body).toMatchObject({
      product_type: "Clay mask",
      inci: "Aqua, Kaolin",
      how_to_use: "Apply to clean skin.\n\nRinse well.",
    })
  })

  it("accepts a complete profile, with INCI and warnings left empty", async () => {
    expect(await errorsBesideFields(valid())).toEqual({})
    expect(await errorsBesideFields({ ...valid(), inci: "", warnings: "" })).toEqual({})
  })

  it("puts a sentence beside every required field of an empty form, and only those", async () => {
    expect(await errorsBesideFields(toFormValues(null))).toEqual({
      product_type: "Enter the product type, e.g. “Clay mask”.",
      key_ingredients: "Add at least one key ingredient.",
      skin_types: "Choose at least one skin type.",
      concerns: "Choose at least one concern.",
      how_to_use: "How to use cannot be empty.",
      max_uses_per_week: "The most uses a week must be a whole number from 1 to 7.",
      amount_per_use_ml: "The amount per use in ml must be a number above 0 and at most 50.",
    })
  })

  it("treats text made only of spaces and blank lines as empty", async () => {
    const errors = await errorsBesideFields({
      ...valid(),
      product_type: "   ",
      key_ingredients: " \n\n ",
      how_to_use: "\n  \n",
    })
    expect(Object.keys(errors).sort()).toEqual(["how_to_use", "key_ingredients", "product_type"])
  })

  it("says which limit a field is over", async () => {
    expect(await errorsBesideFields({ ...valid(), product_type: "x".repeat(81) })).toEqual({
      product_type: "The product type is longer than 80 characters.",
    })
    expect(await errorsBesideFields({ ...valid(), product_type: "x".repeat(80) })).toEqual({})
    expect(await errorsBesideFields({ ...valid(), key_ingredients: lines(13) })).toEqual({
      key_ingredients: "Give at most 12 key ingredients.",
    })
    expect(await errorsBesideFields({ ...valid(), key_ingredients: `Kaolin\n${"x".repeat(81)}` })).toEqual({
      key_ingredients: "A key ingredient is longer than 80 characters.",
    })
    expect(await errorsBesideFields({ ...valid(), inci: "x".repeat(4001) })).toEqual({
      inci: "The INCI list is longer than 4000 characters.",
    })
    expect(await errorsBesideFields({ ...valid(), warnings: lines(13) })).toEqual({
      warnings: "Give at most 12 warnings.",
    })
  })

  it("does not count blank lines or surrounding spaces towards the limits", async () => {
    expect(await errorsBesideFields({ ...valid(), key_ingredients: lines(12).split("\n").join("\n\n") })).toEqual({})
    expect(await errorsBesideFields({ ...valid(), key_ingredients: `   ${"x".repeat(80)}   ` })).toEqual({})
  })

  it("refuses a key ingredient or warning listed twice, as the API does", async () => {
    expect(await errorsBesideFields({ ...valid(), key_ingredients: "Zinc PCA\nNiacinamide\n Zinc PCA " })).toEqual({
      key_ingredients: "Name each key ingredient once.",
    })
    expect(await errorsBesideFields({ ...valid(), warnings: "Avoid the eyes.\nAvoid the eyes." })).toEqual({
      warnings: "Name each warning once.",
    })
  })

  it("reports each field that is wrong at once", async () => {
    const errors = await errorsBesideFields({ ...valid(), product_type: "", skin_types: [], warnings: lines(13) })
    expect(Object.keys(errors).sort()).toEqual(["product_type", "skin_types", "warnings"])
  })
})

describe("the routine's facts in the form", () => {
  it("sends actives in the vocabulary's order, a blank strength as none and a decimal comma as a point", () => {
    const body = toBody({
      ...valid(),
      actives: [
        { code: "clay", percent: " " },
        { code: "bha", percent: "0,5" },
      ],
      starting_uses_per_week: "",
      amount_per_use_ml: "0,3",
    })
    expect(body.actives).toEqual([
      { code: "bha", percent: 0.5 },
      { code: "clay", percent: null },
    ])
    expect(body.starting_uses_per_week).toBeNull()
    expect(body.amount_per_use_ml).toBe(0.3)
  })

  it("refuses uses a week outside 1–7, a start above the most, and a retinoid without a start", async () => {
    expect(await errorsBesideFields({ ...valid(), max_uses_per_week: "8" })).toEqual({
      max_uses_per_week: "The most uses a week must be a whole number from 1 to 7.",
    })
    expect(await errorsBesideFields({ ...valid(), max_uses_per_week: "2", starting_uses_per_week: "3" })).toEqual({
      starting_uses_per_week: "The uses a week to start with cannot be more than the most uses a week.",
    })
    expect(
      await errorsBesideFields({ ...valid(), max_uses_per_week: "7", actives: [{ code: "retinoid", percent: "0.2" }] })
    ).toEqual({ starting_uses_per_week: "A product with a retinoid needs the uses a week to start with (e.g. 2)." })
    expect(await errorsBesideFields({ ...valid(), actives: [{ code: "bha", percent: "abc" }] })).toEqual({
      actives: "An active's strength in percent must be a number above 0 and at most 100, or none.",
    })
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
