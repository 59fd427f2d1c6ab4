import { readFile } from "node:fs/promises"
import path from "node:path"
import { z } from "@medusajs/framework/zod"
import {
  CONCERNS,
  FREQUENCIES,
  type RoutineFacts,
  RoutineFactsInput,
  SKIN_TYPES,
  STEP_HANDLES,
  TIMES_OF_DAY,
} from "@lacremeluxe/shared"

/** The store's content lives in seed/ beside backend/; SEED_DIR points elsewhere (e.g. in a container). */
export function seedDirectory(): string {
  return process.env.SEED_DIR ?? path.resolve(process.cwd(), "..", "seed")
}

/** A set's one option, its value and its variant's title (translated in seed/translations/). */
export const SET_VARIANT_TITLE = "Set"

const handle = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lower-case kebab-case handle")
const money = z.number().positive().multipleOf(0.01)

const shippingOptionSchema = z.object({
  code: z.enum(["standard", "express"]),
  name: z.string().min(1),
  description: z.string().min(1),
  price: money,
  free_from: money.optional(),
})

const taxedPlaceSchema = z.object({
  code: z.string().min(2),
  tax_rate: z.number().min(0).max(100),
  tax_name: z.string().min(1),
})

const regionSchema = z.object({
  name: z.string().min(1),
  currency_code: z.enum(["eur", "usd"]),
  is_tax_inclusive: z.boolean(),
  countries: z.array(taxedPlaceSchema.extend({ provinces: z.array(taxedPlaceSchema).optional() })).min(1),
  shipping: z.array(shippingOptionSchema).min(1),
  /** Calendar days a standard parcel may take: a return window counts from shipment plus these when no delivery was marked. */
  delivery_days: z.number().int().min(1).max(60),
  /** How shoppers send parcels back (Medusa's return shipping option, one per region). */
  return_shipping: z.object({
    name: z.string().min(1),
    description: z.string().min(1),
    price: z.number().min(0).multipleOf(0.01),
  }),
})

export const storeSchema = z.object({
  name: z.string().min(1),
  default_currency: z.string().length(3),
  sales_channel: z.object({ name: z.string().min(1), description: z.string() }),
  publishable_key: z.string().min(1),
  stock_location: z.object({
    name: z.string().min(1),
    address: z.object({
      address_1: z.string(),
      city: z.string(),
      postal_code: z.string(),
      country_code: z.string().length(2),
    }),
  }),
  fulfillment_set: z.string().min(1),
  regions: z.array(regionSchema).min(1),
  promotions: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z0-9]+$/, "promotion codes are upper-case letters and digits"),
        description: z.string(),
        percentage: z.number().positive().max(100),
      })
    )
    .default([]),
  /** The reasons offered when a return is started, by staff or shoppers (Medusa's return reasons). */
  return_reasons: z
    .array(z.object({ value: handle, label: z.string().min(1), description: z.string().optional() }))
    .default([]),
})

export const categoriesSchema = z.object({
  parent: z.object({ handle, name: z.string().min(1), description: z.string() }),
  steps: z
    .array(z.object({ handle: z.enum(STEP_HANDLES), name: z.string().min(1), description: z.string() }))
    .length(STEP_HANDLES.length),
})

const variantSchema = z.object({
  title: z.string().min(1),
  sku: z.string().regex(/^[A-Z0-9-]+$/),
  volume_ml: z.number().int().positive(),
  weight_g: z.number().int().positive(),
  prices: z.object({ eur: money, usd: money }),
  stock: z.number().int().min(0),
})

export const skincareSchema = z
  .object({
    key_ingredients: z.array(z.string().min(1)).min(1),
    inci: z.string().min(1),
    skin_types: z.array(z.enum(SKIN_TYPES)).min(1),
    concerns: z.array(z.enum(CONCERNS)).min(1),
    how_to_use: z.string().min(1),
    time_of_day: z.enum(TIMES_OF_DAY),
    frequency: z.enum(FREQUENCIES),
    warnings: z.array(z.string().min(1)).min(1),
    pregnancy_safe: z.boolean(),
    fragrance_free: z.boolean(),
    // The routine's facts, checked by the same rules as the admin form's (one schema, in the shared package).
    actives: z.array(z.object({ code: z.string(), percent: z.number().nullable() })),
    max_uses_per_week: z.number(),
    starting_uses_per_week: z.number().nullable(),
    amount_per_use_ml: z.number(),
  })
  .superRefine((skincare, ctx) => {
    const { actives, max_uses_per_week, starting_uses_per_week, amount_per_use_ml } = skincare
    const checked = RoutineFactsInput.safeParse({
      actives,
      max_uses_per_week,
      starting_uses_per_week,
      amount_per_use_ml,
    })
    for (const issue of checked.error?.issues ?? []) {
      ctx.addIssue({ code: "custom", path: issue.path.map(String), message: issue.message })
    }
  })
  .transform((skincare) => skincare as typeof skincare & RoutineFacts)

export const productSchema = z.object({
  handle,
  title: z.string().min(1),
  subtitle: z.string().min(1),
  description: z.string().min(1),
  step: z.enum(STEP_HANDLES),
  product_type: z.string().min(1),
  image: z.string().regex(/^[a-z0-9-]+\.(svg|webp)$/),
  skincare: skincareSchema,
  variants: z.array(variantSchema).min(1),
})

export const bundleSchema = z.object({
  handle,
  title: z.string().min(1),
  subtitle: z.string().min(1),
  description: z.string().min(1),
  /** The step whose category lists the bundle; null for the complete routine (the parent category). */
  step: z.enum(STEP_HANDLES).nullable(),
  image: z.string().regex(/^[a-z0-9-]+\.(svg|webp)$/),
  sku: z.string().regex(/^[A-Z0-9-]+$/),
  components: z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().positive() })).min(2),
  prices: z.object({ eur: money, usd: money }),
})

export type StoreSeed = z.infer<typeof storeSchema>
export type RegionSeed = z.infer<typeof regionSchema>
export type CategoriesSeed = z.infer<typeof categoriesSchema>
export type ProductSeed = z.infer<typeof productSchema>
export type SkincareSeed = z.infer<typeof skincareSchema>
export type BundleSeed = z.infer<typeof bundleSchema>

export type SeedData = {
  directory: string
  store: StoreSeed
  categories: CategoriesSeed
  products: ProductSeed[]
  bundles: BundleSeed[]
}

export async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const raw: unknown = JSON.parse(await readFile(file, "utf8"))
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
    throw new Error(`${file} is not valid seed data:\n${problems.join("\n")}`)
  }
  return parsed.data
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) {
      throw new Error(`Seed data repeats the ${what} "${value}"`)
    }
    seen.add(value)
  }
}

export async function readSeedData(directory = seedDirectory()): Promise<SeedData> {
  const [store, categories, products, bundles] = await Promise.all([
    readJson(path.join(directory, "store.json"), storeSchema),
    readJson(path.join(directory, "catalog", "categories.json"), categoriesSchema),
    readJson(path.join(directory, "catalog", "products.json"), z.array(productSchema).min(1)),
    readJson(path.join(directory, "catalog", "bundles.json"), z.array(bundleSchema)),
  ])
  assertUnique(
    [...products, ...bundles].map((p) => p.handle),
    "product handle"
  )
  const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
  assertUnique([...skus, ...bundles.map((b) => b.sku)], "SKU")
  const known = new Set(skus)
  for (const bundle of bundles) {
    const unknown = bundle.components.find((component) => !known.has(component.sku))
    if (unknown) {
      throw new Error(`Bundle ${bundle.handle} names an unknown SKU "${unknown.sku}"`)
    }
  }
  return { directory, store, categories, products, bundles }
}

export function imagePath(data: SeedData, fileName: string): string {
  return path.join(data.directory, "images", fileName)
}
