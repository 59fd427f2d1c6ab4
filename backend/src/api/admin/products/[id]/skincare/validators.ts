import { z } from "@medusajs/framework/zod"
import { CONCERNS, FREQUENCIES, SKIN_TYPES, TIMES_OF_DAY } from "@lacremeluxe/shared"

// Refinements rather than zod's types, min/max and enums: Medusa rewrites the messages of those
// into its own ("Expected type: 'boolean' for field …"), and keeps a refinement's as written.
const ofType = <T>(field: string, kind: "string" | "boolean", what: string) =>
  z
    .unknown()
    .refine((value) => typeof value === kind, `${field} must be ${what}.`)
    .transform((value) => value as T)

const text = (field: string, max: number, { optional = false } = {}) =>
  ofType<string>(field, "string", "text")
    .transform((value) => value.trim())
    .refine((value) => optional || value.length > 0, `${field} cannot be empty.`)
    .refine((value) => value.length <= max, `${field} is longer than ${max} characters.`)

/** A list of `noun`s ("key ingredient"), with at least `min` and at most `max` of them, each once. */
const list = <T extends string>(noun: string, item: z.ZodType<T>, { min, max }: { min: number; max: number }) =>
  z
    .unknown()
    .refine((value) => Array.isArray(value), `The ${noun}s must be a list.`)
    .transform((value) => value as unknown[])
    .pipe(z.array(item))
    .refine((values) => values.length >= min, `Add at least one ${noun}.`)
    .refine((values) => values.length <= max, `Give at most ${max} ${noun}s.`)
    .refine((values) => new Set(values).size === values.length, `Name each ${noun} once.`)

const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z
    .unknown()
    .refine((value) => (values as readonly unknown[]).includes(value), `${field} must be one of: ${values.join(", ")}.`)
    .transform((value) => value as T)

const flag = (field: string) => ofType<boolean>(field, "boolean", "true or false")

/** The whole skincare profile, as Medusa Admin's skincare widget saves it. */
export const AdminSaveSkincareProfile = z.strictObject({
  product_type: text("The product type", 80),
  key_ingredients: list("key ingredient", text("A key ingredient", 80), { min: 1, max: 12 }),
  inci: text("The INCI list", 4000, { optional: true }),
  skin_types: list("skin type", oneOf("A skin type", SKIN_TYPES), { min: 1, max: SKIN_TYPES.length }),
  concerns: list("concern", oneOf("A concern", CONCERNS), { min: 1, max: CONCERNS.length }),
  how_to_use: text("How to use", 2000),
  time_of_day: oneOf("The time of day", TIMES_OF_DAY),
  frequency: oneOf("The frequency", FREQUENCIES),
  warnings: list("warning", text("A warning", 300), { min: 0, max: 12 }),
  pregnancy_safe: flag("Pregnancy-safe"),
  fragrance_free: flag("Fragrance-free"),
})

export type AdminSaveSkincareProfileType = z.infer<typeof AdminSaveSkincareProfile>
