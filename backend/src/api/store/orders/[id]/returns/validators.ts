import { z } from "@medusajs/framework/zod"
import { hasControlCharacters } from "@lacremeluxe/shared"

// Refinements rather than zod's own types and limits: Medusa rewrites those messages into its
// own wording and keeps a refinement's sentence as written.
const text = (field: string, max: number) =>
  z
    .unknown()
    .refine((value) => typeof value === "string", `${field} must be text.`)
    .transform((value) => (value as string).trim())
    .refine((value) => value.length <= max, `${field} is longer than ${max} characters.`)
    .refine(
      (value) => !hasControlCharacters(value, { allowLineBreaks: true }),
      `${field} cannot contain control characters.`
    )

const ReturnLine = z.strictObject({
  id: text("An item's id", 100).refine((value) => value.length > 0, "Each item needs the id of the order line."),
  quantity: z
    .unknown()
    .refine(
      (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000,
      "Each quantity must be a whole number of at least 1."
    )
    .transform((value) => value as number),
  reason_id: text("The reason", 100)
    .optional()
    .transform((value) => value || undefined),
  note: text("The note", 500)
    .optional()
    .transform((value) => value || undefined),
})

/** A shopper's return: which order lines and how many; a reason and a note are optional. */
export const StoreStartReturn = z.strictObject({
  items: z
    .unknown()
    .refine((value) => Array.isArray(value) && value.length > 0, "Choose at least one item to return.")
    .transform((value) => value as unknown[])
    .pipe(z.array(ReturnLine))
    .refine((lines) => lines.length <= 100, "A return can list at most 100 items.")
    .refine(
      (lines) => new Set(lines.map((line) => line.id)).size === lines.length,
      "Each item can be listed only once in a return."
    ),
})

export type StoreStartReturnType = z.infer<typeof StoreStartReturn>
