import { z } from "@medusajs/framework/zod"
import { CATALOG_SORTS, CONCERNS, SKIN_TYPES } from "@lacremeluxe/shared"
import { StoreRegionQuery } from "../validators"

/** `a,b` or repeated `a&a` → a list; one place to say what each filter accepts. */
const list = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z
    .preprocess(
      (value) =>
        value === undefined || value === ""
          ? undefined
          : (Array.isArray(value) ? value : [value])
              .flatMap((v) => String(v).split(","))
              .map((v) => v.trim())
              .filter(Boolean),
      z.array(item).max(10, `At most 10 values for ${name}.`)
    )
    .optional()

// Medusa words enum, type and length errors itself ("Expected: 'true, false' for field …");
// refinements keep the messages written here.
const flag = () =>
  z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()

const enumOf = (values: readonly string[], name: string) =>
  z.string().refine((value) => values.includes(value), {
    error: (issue) => `Unknown ${name} "${String(issue.input)}"; use one of: ${values.join(", ")}.`,
  })

export const StoreCatalogQuery = StoreRegionQuery.extend({
  q: z.string().trim().max(100).optional(),
  step: list(z.string().regex(/^[a-z0-9-]+$/, "A step is a category handle such as cleanse."), "step"),
  ingredient: list(z.string().max(60, "An ingredient name is at most 60 characters."), "ingredient"),
  skin_type: list(enumOf(SKIN_TYPES, "skin type"), "skin_type"),
  concern: list(enumOf(CONCERNS, "concern"), "concern"),
  pregnancy_safe: flag(),
  fragrance_free: flag(),
  include_bundles: flag(),
  sort: z.enum(CATALOG_SORTS).default("relevance"),
  limit: z.coerce
    .number()
    .int()
    .refine((n) => n >= 1 && n <= 100, "limit must be between 1 and 100.")
    .default(24),
  offset: z.coerce
    .number()
    .int()
    .refine((n) => n >= 0, "offset cannot be negative.")
    .default(0),
})

export type StoreCatalogQueryType = z.infer<typeof StoreCatalogQuery>
