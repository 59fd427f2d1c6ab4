/**
 * The skincare form's values, the request body built from them and the checks run before sending.
 * Pure functions (no React, no network) so they can be unit-tested; the form component lives in
 * components/skincare/.
 */
import {
  CONCERNS,
  type Concern,
  type Frequency,
  SKIN_TYPES,
  type SkinType,
  type TimeOfDay,
} from "@lacremeluxe/shared"
// Key ingredients and warnings use the one-item-per-line rule of a guide step's precautions.
import { formatPrecautions as joinLines, parsePrecautions as splitLines } from "./precautions"
import type { SkincareProfile, SkincareProfileInput } from "./skincare"

/** The limits the API enforces, checked here first so staff see them beside the field. */
export const LIMITS = {
  productType: 80,
  keyIngredient: 80,
  keyIngredients: 12,
  inci: 4000,
  howToUse: 2000,
  warning: 300,
  warnings: 12,
} as const

/** What the form holds, as typed: lists edited in a textarea are one item per line. */
export type SkincareFormValues = {
  productType: string
  keyIngredients: string
  inci: string
  skinTypes: SkinType[]
  concerns: Concern[]
  howToUse: string
  timeOfDay: TimeOfDay
  frequency: Frequency
  warnings: string
  pregnancySafe: boolean
  fragranceFree: boolean
}

/** A message for each field that cannot be sent as it is; no key means the field is fine. */
export type SkincareFormErrors = Partial<Record<keyof SkincareFormValues, string>>

/**
 * The form for a saved profile, or the empty form for a product that has none. The empty form
 * leaves "safe in pregnancy" and "fragrance-free" unchecked: these are claims staff must make on
 * purpose, never defaults.
 */
export function toFormValues(profile: SkincareProfile | null): SkincareFormValues {
  if (!profile) {
    return {
      productType: "",
      keyIngredients: "",
      inci: "",
      skinTypes: [],
      concerns: [],
      howToUse: "",
      timeOfDay: "am_pm",
      frequency: "daily",
      warnings: "",
      pregnancySafe: false,
      fragranceFree: false,
    }
  }
  return {
    productType: profile.product_type,
    keyIngredients: joinLines(profile.key_ingredients),
    inci: profile.inci,
    skinTypes: [...profile.skin_types],
    concerns: [...profile.concerns],
    howToUse: profile.how_to_use,
    timeOfDay: profile.time_of_day,
    frequency: profile.frequency,
    warnings: joinLines(profile.warnings),
    pregnancySafe: profile.pregnancy_safe,
    fragranceFree: profile.fragrance_free,
  }
}

/** The chosen values in the vocabulary's order, each once, so the saved lists read the same way. */
function inVocabularyOrder<T extends string>(vocabulary: readonly T[], chosen: readonly T[]): T[] {
  return vocabulary.filter((value) => chosen.includes(value))
}

/**
 * The request body for the form: the whole profile. Text is trimmed (line breaks inside "how to
 * use" are kept); key ingredients and warnings are one per line, trimmed, blank lines dropped.
 */
export function toBody(values: SkincareFormValues): SkincareProfileInput {
  return {
    product_type: values.productType.trim(),
    key_ingredients: splitLines(values.keyIngredients),
    inci: values.inci.trim(),
    skin_types: inVocabularyOrder(SKIN_TYPES, values.skinTypes),
    concerns: inVocabularyOrder(CONCERNS, values.concerns),
    how_to_use: values.howToUse.trim(),
    time_of_day: values.timeOfDay,
    frequency: values.frequency,
    warnings: splitLines(values.warnings),
    pregnancy_safe: values.pregnancySafe,
    fragrance_free: values.fragranceFree,
  }
}

/** The first item of a list longer than `max` characters, shortened for quoting in a message. */
function firstTooLong(items: readonly string[], max: number): string | undefined {
  const item = items.find((candidate) => candidate.length > max)
  if (item === undefined) {
    return undefined
  }
  return item.length > 40 ? `${item.slice(0, 40)}…` : item
}

/** Checks a one-per-line list against its item count and item length. */
function checkList(
  items: readonly string[],
  { what, max, maxItems }: { what: string; max: number; maxItems: number }
): string | undefined {
  if (items.length > maxItems) {
    return `List at most ${maxItems} ${what}s (now ${items.length}).`
  }
  const tooLong = firstTooLong(items, max)
  if (tooLong !== undefined) {
    return `Each ${what} can have at most ${max} characters; shorten “${tooLong}”.`
  }
  // The API refuses repeats too; saying so here puts the message beside the field.
  const repeated = items.find((item, index) => items.indexOf(item) !== index)
  if (repeated !== undefined) {
    return `“${repeated}” is listed twice; name each ${what} once.`
  }
  return undefined
}

const tooLongMessage = (what: string, max: number, length: number) =>
  `${what} can have at most ${max} characters (now ${length}).`

/**
 * What is wrong with the form, per field, judged on the body that would be sent (so surrounding
 * spaces and blank lines never count). An empty object means the form can be sent.
 */
export function checkForm(values: SkincareFormValues): SkincareFormErrors {
  const body = toBody(values)
  const errors: SkincareFormErrors = {}

  if (body.product_type.length === 0) {
    errors.productType = "Enter the product type, e.g. “Clay mask”."
  } else if (body.product_type.length > LIMITS.productType) {
    errors.productType = tooLongMessage(
      "The product type",
      LIMITS.productType,
      body.product_type.length
    )
  }

  if (body.key_ingredients.length === 0) {
    errors.keyIngredients = "Enter at least one key ingredient, one per line."
  } else {
    const problem = checkList(body.key_ingredients, {
      what: "key ingredient",
      max: LIMITS.keyIngredient,
      maxItems: LIMITS.keyIngredients,
    })
    if (problem) {
      errors.keyIngredients = problem
    }
  }

  if (body.inci.length > LIMITS.inci) {
    errors.inci = tooLongMessage("The INCI list", LIMITS.inci, body.inci.length)
  }

  if (body.skin_types.length === 0) {
    errors.skinTypes = "Choose at least one skin type."
  }

  if (body.concerns.length === 0) {
    errors.concerns = "Choose at least one concern."
  }

  if (body.how_to_use.length === 0) {
    errors.howToUse = "Describe how to use the product."
  } else if (body.how_to_use.length > LIMITS.howToUse) {
    errors.howToUse = tooLongMessage("“How to use”", LIMITS.howToUse, body.how_to_use.length)
  }

  const warningsProblem = checkList(body.warnings, {
    what: "warning",
    max: LIMITS.warning,
    maxItems: LIMITS.warnings,
  })
  if (warningsProblem) {
    errors.warnings = warningsProblem
  }

  return errors
}

/** Whether `checkForm` found anything to fix. */
export const hasErrors = (errors: SkincareFormErrors): boolean => Object.keys(errors).length > 0

/** Adds `value` to a checkbox group's choices when `checked`, else removes it. */
export function toggleChoice<T extends string>(
  chosen: readonly T[],
  value: T,
  checked: boolean
): T[] {
  const without = chosen.filter((current) => current !== value)
  return checked ? [...without, value] : without
}

/** Whether `value` (a string from a select) is one of a vocabulary's values. */
export function isOneOf<T extends string>(vocabulary: readonly T[], value: string): value is T {
  return (vocabulary as readonly string[]).includes(value)
}
