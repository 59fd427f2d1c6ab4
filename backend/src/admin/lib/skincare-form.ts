/**
 * The skincare form's values and how they become the API's body. Pure functions (no React, no
 * network) so they can be unit-tested; the form component lives in components/skincare/.
 */
import { ACTIVES, type Active, AdminSaveSkincareProfile, CONCERNS, SKIN_TYPES, formSchema } from "@lacremeluxe/shared"
import { joinLines, splitLines } from "./lines"
import type { SkincareProfile, SkincareProfileInput } from "./skincare"

/** A number as typed into a field; "" for none. */
type Typed = string

/**
 * What the form holds, named as the API names it; key ingredients and warnings one per line; the
 * routine's numbers as typed; actives as ticked, each with its strength as typed.
 */
export type SkincareFormValues = Omit<
  SkincareProfileInput,
  "key_ingredients" | "warnings" | "actives" | "max_uses_per_week" | "starting_uses_per_week" | "amount_per_use_ml"
> & {
  key_ingredients: string
  warnings: string
  actives: { code: Active; percent: Typed }[]
  max_uses_per_week: Typed
  starting_uses_per_week: Typed
  amount_per_use_ml: Typed
}

const typed = (value: number | null | undefined): Typed => (value == null ? "" : String(value))
/** A typed number ("0,5" too); blank stays blank (undefined) for the schema to name. */
const numberOf = (value: Typed): number | undefined =>
  value.trim() === "" ? undefined : Number(value.trim().replace(",", "."))

/**
 * The form for a saved profile, or the empty form for a product that has none. The empty form
 * leaves "safe in pregnancy" and "fragrance-free" unchecked: these are claims staff must make on
 * purpose, never defaults.
 */
export function toFormValues(profile: SkincareProfile | null): SkincareFormValues {
  if (!profile) {
    return {
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
    }
  }
  const { id: _id, ...fields } = profile
  return {
    ...fields,
    key_ingredients: joinLines(profile.key_ingredients),
    skin_types: [...profile.skin_types],
    concerns: [...profile.concerns],
    warnings: joinLines(profile.warnings),
    actives: (profile.actives ?? []).map((active) => ({ code: active.code, percent: typed(active.percent) })),
    max_uses_per_week: typed(profile.max_uses_per_week),
    starting_uses_per_week: typed(profile.starting_uses_per_week),
    amount_per_use_ml: typed(profile.amount_per_use_ml),
  }
}

/** The chosen values in the vocabulary's order, so the saved lists read the same way. */
function inVocabularyOrder<T extends string>(vocabulary: readonly T[], chosen: readonly T[]): T[] {
  return vocabulary.filter((value) => chosen.includes(value))
}

/** The body for the form's values, before the API's schema trims and checks it. */
export function toBody(values: SkincareFormValues): SkincareProfileInput {
  return {
    ...values,
    key_ingredients: splitLines(values.key_ingredients),
    skin_types: inVocabularyOrder(SKIN_TYPES, values.skin_types),
    concerns: inVocabularyOrder(CONCERNS, values.concerns),
    warnings: splitLines(values.warnings),
    actives: ACTIVES.flatMap((code) => {
      const ticked = values.actives.find((active) => active.code === code)
      return ticked ? [{ code, percent: numberOf(ticked.percent) ?? null }] : []
    }),
    max_uses_per_week: numberOf(values.max_uses_per_week) as number,
    starting_uses_per_week: numberOf(values.starting_uses_per_week) ?? null,
    amount_per_use_ml: numberOf(values.amount_per_use_ml) as number,
  }
}

/** What the form validates with: the API's own schema, over the body built from the form. */
export const skincareFormSchema = formSchema(toBody, AdminSaveSkincareProfile)

/** Adds `value` to a checkbox group's choices when `checked`, else removes it. */
export function toggleChoice<T extends string>(chosen: readonly T[], value: T, checked: boolean): T[] {
  const without = chosen.filter((current) => current !== value)
  return checked ? [...without, value] : without
}

/** Whether `value` (a string from a select) is one of a vocabulary's values. */
export function isOneOf<T extends string>(vocabulary: readonly T[], value: string): value is T {
  return (vocabulary as readonly string[]).includes(value)
}
