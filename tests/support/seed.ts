import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import type { Locale, ProductSkincare } from "@lacremeluxe/shared"
import { parse as parseYaml } from "yaml"

// The store's content as seed/ describes it (validated by the seed itself,
// backend/src/lib/seed/data.ts), so a test derives what it expects from the store's own data
// instead of writing magic numbers.

export type SeededProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  step: string
  product_type: string
  variants: { title: string; sku: string; volume_ml: number; prices: { eur: number; usd: number }; stock: number }[]
  skincare: Omit<ProductSkincare, "product_type">
}

export type SeededBundle = {
  handle: string
  title: string
  step: string | null
  sku: string
  components: { sku: string; quantity: number }[]
  prices: { eur: number; usd: number }
}

const SEED = path.resolve(__dirname, "..", "..", "seed")

const readSeed = async <T>(...parts: string[]): Promise<T> =>
  JSON.parse(await readFile(path.join(SEED, ...parts), "utf8"))

/** The seeded catalog: products (sizes, prices, skincare profiles) and the "shop this step" sets. */
export async function seededCatalog() {
  return {
    products: await readSeed<SeededProduct[]>("catalog", "products.json"),
    bundles: await readSeed<SeededBundle[]>("catalog", "bundles.json"),
  }
}

/** One seeded product by handle. */
export async function seededProduct(handle: string): Promise<SeededProduct> {
  const product = (await seededCatalog()).products.find((p) => p.handle === handle)
  if (!product) {
    throw new Error(`seed/catalog/products.json has no product ${handle}`)
  }
  return product
}

/** seed/store.json: regions, their shipping options and prices. */
export function seededStore() {
  return readSeed<{
    regions: {
      name: string
      currency_code: string
      shipping: { code: string; name: string; price: number; free_from?: number }[]
    }[]
  }>("store.json")
}

/** Handles, sorted: compare lists of products without depending on the order. */
export const handles = (items: { handle: string }[]) => items.map((item) => item.handle).sort()

/** A seeded guide section's front matter field (seed/guide/<guide>/NN-<handle>.md), e.g. its how-often line. */
export async function seededGuideField(guide: string, handle: string, field: string): Promise<string> {
  const folder = path.join(SEED, "guide", guide)
  const file = (await readdir(folder)).find((name) => name.replace(/^\d+-/, "") === `${handle}.md`)
  if (!file) {
    throw new Error(`seed/guide/${guide} has no section ${handle}`)
  }
  const line = (await readFile(path.join(folder, file), "utf8")).split("\n").find((l) => l.startsWith(`${field}: `))
  if (!line) {
    throw new Error(`seed/guide/${guide}/${file} has no ${field}`)
  }
  const value = line.slice(field.length + 2)
  return value.startsWith('"') ? JSON.parse(value) : value
}

/** seed/translations/<locale>.json: the catalog's text in one language, keyed by English handle or name. */
export function seededTranslations(locale: Locale) {
  type Text = Partial<Record<"title" | "subtitle" | "description" | "product_type" | "how_to_use", string>>
  return readSeed<{
    products: Record<string, Text & { warnings?: string[] }>
    bundles: Record<string, Text>
    categories: Record<string, { name?: string; description?: string }>
    shipping_options: Record<string, string>
    variants: Record<string, string>
  }>("translations", `${locale}.json`)
}

/** The front matter of a guide file in a language: seed/guide/<guide>/<locale>/<file>.md. */
export async function seededGuideTranslation(guide: string, locale: Locale, handle: string) {
  const folder = path.join(SEED, "guide", guide, locale)
  const file = (await readdir(folder)).find((name) =>
    name === "guide.md" ? handle === guide : name.replace(/^\d+-/, "") === `${handle}.md`
  )
  if (!file) {
    throw new Error(`seed/guide/${guide}/${locale} has no ${handle}`)
  }
  const text = await readFile(path.join(folder, file), "utf8")
  return parseYaml(text.split(/^---$/m)[1]) as {
    title: string
    summary?: string
    how_often?: string
    precautions?: string[]
  }
}
