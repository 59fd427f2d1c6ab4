import { z } from "zod"
import { ACTIVES, type RoutineFacts } from "../routine-plan.js"
import { CONCERNS, FREQUENCIES, SKIN_TYPES, TIMES_OF_DAY } from "../skincare.js"

// Refinements rather than zod's types, min/max and enums: Medusa rewrites the messages of those
// into its own ("Expected type: 'boolean' for field …"), and keeps a refinement's as written, so
// the API and the admin form say the same sentence.
const ofType = <T>(field: string, kind: "string" | "boolean", what: string) =>
  z
    .unknown()
    .refine((value) => typeof value === kind, `${field} must be ${what}.`)
    .transform((value) => value as T)

type TextOptions = { optional?: boolean; whenEmpty?: string }

const text = (field: string, max: number, { optional = false, whenEmpty }: TextOptions = {}) =>
  ofType<string>(field, "string", "text")
    .transform((value) => value.trim())
    .refine((value) => optional || value.length > 0, whenEmpty ?? `${field} cannot be empty.`)
    .refine((value) => value.length <= max, `${field} is longer than ${max} characters.`)

type ListOptions = { min: number; max: number; verb?: "Add" | "Choose" }

/** A list of `noun`s ("key ingredient"), with at least `min` and at most `max` of them, each once. */
const list = <T extends string>(noun: string, item: z.ZodType<T>, { min, max, verb = "Add" }: ListOptions) =>
  z
    .unknown()
    .refine((value) => Array.isArray(value), `The ${noun}s must be a list.`)
    .transform((value) => value as unknown[])
    .pipe(z.array(item))
    .refine((values) => values.length >= min, `${verb} at least one ${noun}.`)
    .refine((values) => values.length <= max, `Give at most ${max} ${noun}s.`)
    .refine((values) => new Set(values).size === values.length, `Name each ${noun} once.`)

const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z
    .unknown()
    .refine((value) => (values as readonly unknown[]).includes(value), `${field} must be one of: ${values.join(", ")}.`)
    .transform((value) => value as T)

const flag = (field: string) => ofType<boolean>(field, "boolean", "true or false")

/** A whole number from `min` to `max` (uses a week), or with `nullable`, also null. */
const wholeNumber = (field: string, min: number, max: number, { nullable = false } = {}) =>
  z
    .unknown()
    .refine(
      (value) =>
        (nullable && value === null) ||
        (Number.isInteger(value) && (value as number) >= min && (value as number) <= max),
      `${field} must be a whole number from ${min} to ${max}${nullable ? ", or none" : ""}.`
    )
    .transform((value) => value as number)
/** A positive amount up to `max` (ml, percent), or with `nullable`, also null. */
const amount = (field: string, max: number, { nullable = false } = {}) =>
  z
    .unknown()
    .refine(
      (value) =>
        (nullable && value === null) ||
        (typeof value === "number" && Number.isFinite(value) && value > 0 && value <= max),
      `${field} must be a number above 0 and at most ${max}${nullable ? ", or none" : ""}.`
    )
    .transform((value) => value as number)

const productActive = z.strictObject({
  code: oneOf("An active", ACTIVES),
  percent: amount("An active's strength in percent", 100, { nullable: true }).transform(
    (value) => value as number | null
  ),
})

/** The routine's facts of a product (RoutineFacts): edited in the admin, seeded, read by the routine's rules. */
const routineFactsFields = {
  actives: z
    .unknown()
    .refine((value) => Array.isArray(value), "The actives must be a list.")
    .transform((value) => value as unknown[])
    .pipe(z.array(productActive))
    .refine((values) => values.length <= ACTIVES.length, `Give at most ${ACTIVES.length} actives.`)
    .refine((values) => new Set(values.map((a) => a.code)).size === values.length, "Name each active once."),
  max_uses_per_week: wholeNumber("The most uses a week", 1, 7),
  starting_uses_per_week: wholeNumber("The uses a week to start with", 1, 7, { nullable: true }).transform(
    (value) => value as number | null
  ),
  amount_per_use_ml: amount("The amount per use in ml", 50),
}

type FactsShape = Pick<RoutineFacts, "actives" | "max_uses_per_week" | "starting_uses_per_week">
const startsWithinTheMost = (facts: FactsShape) =>
  facts.starting_uses_per_week === null || facts.starting_uses_per_week <= facts.max_uses_per_week
const retinoidStartsSlowly = (facts: FactsShape) =>
  facts.starting_uses_per_week !== null || !facts.actives.some((active) => active.code === "retinoid")
const STARTS_WITHIN = {
  message: "The uses a week to start with cannot be more than the most uses a week.",
  path: ["starting_uses_per_week"],
}
const RETINOID_STARTS = {
  message: "A product with a retinoid needs the uses a week to start with (e.g. 2).",
  path: ["starting_uses_per_week"],
}

/** The routine's facts alone (the seed checks each product's with it). */
export const RoutineFactsInput = z
  .strictObject(routineFactsFields)
  .refine(startsWithinTheMost, STARTS_WITHIN)
  .refine(retinoidStartsSlowly, RETINOID_STARTS)

export const MAX_KEY_INGREDIENTS = 12
export const MAX_WARNINGS = 12

/** The whole skincare profile: the body of POST /admin/products/:id/skincare and the admin form's rules. */
export const AdminSaveSkincareProfile = z
  .strictObject({
    product_type: text("The product type", 80, { whenEmpty: "Enter the product type, e.g. “Clay mask”." }),
    key_ingredients: list("key ingredient", text("A key ingredient", 80), { min: 1, max: MAX_KEY_INGREDIENTS }),
    inci: text("The INCI list", 4000, { optional: true }),
    skin_types: list("skin type", oneOf("A skin type", SKIN_TYPES), { min: 1, max: SKIN_TYPES.length, verb: "Choose" }),
    concerns: list("concern", oneOf("A concern", CONCERNS), { min: 1, max: CONCERNS.length, verb: "Choose" }),
    how_to_use: text("How to use", 2000),
    time_of_day: oneOf("The time of day", TIMES_OF_DAY),
    frequency: oneOf("The frequency", FREQUENCIES),
    warnings: list("warning", text("A warning", 300), { min: 0, max: MAX_WARNINGS }),
    pregnancy_safe: flag("Pregnancy-safe"),
    fragrance_free: flag("Fragrance-free"),
    ...routineFactsFields,
  })
  .refine(startsWithinTheMost, STARTS_WITHIN)
  .refine(retinoidStartsSlowly, RETINOID_STARTS)

/** What the API stores: the profile as parsed (trimmed). */
export type AdminSaveSkincareProfileType = z.infer<typeof AdminSaveSkincareProfile>
