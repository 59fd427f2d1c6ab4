import { batchTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { joinLines, LOCALES, type Locale } from "@lacremeluxe/shared"
import type { SeedContext } from "./context"
import { readTranslations, type LocaleSeed } from "./translation-data"

/** One translation record as the Translation Module keeps it: an entity's fields in one language. */
export type TranslationRecord = {
  reference: string
  reference_id: string
  locale_code: Locale
  translations: Record<string, string>
}

type Ids = {
  products: Map<string, { id: string; profileId: string | null }>
  categories: Map<string, string>
  shippingOptions: Map<string, string[]>
  returnReasons: Map<string, string>
  /** An English variant title: the variants so titled and the option values of the same text. */
  variants: Map<string, { variantIds: string[]; optionValueIds: string[] }>
  guides: Map<string, { id: string; sections: Map<string, string> }>
}

/** Only the fields that say something: an absent or blank field falls back to English. */
function fieldsOf(values: Record<string, string | string[] | null | undefined>): Record<string, string> {
  const entries = Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? joinLines(value) : value])
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())))
}

/**
 * The records seed/ asks for in one language, for the entities the store has (pure: the ids come
 * from the store). Products give their product text to `product` and their skincare text to the
 * `skincare_profile` linked to them; lists (warnings, precautions) become one line per item.
 */
export function wantedTranslations({ locale, catalog, guides }: LocaleSeed, ids: Ids): TranslationRecord[] {
  const records: TranslationRecord[] = []
  const add = (reference: string, referenceId: string | null | undefined, values: Parameters<typeof fieldsOf>[0]) => {
    const translations = fieldsOf(values)
    if (referenceId && Object.keys(translations).length) {
      records.push({ reference, reference_id: referenceId, locale_code: locale, translations })
    }
  }
  for (const [handle, { product_type, how_to_use, warnings, ...text }] of Object.entries(catalog?.products ?? {})) {
    const product = ids.products.get(handle)
    add("product", product?.id, text)
    add("skincare_profile", product?.profileId, { product_type, how_to_use, warnings })
  }
  for (const [handle, text] of Object.entries(catalog?.bundles ?? {})) {
    add("product", ids.products.get(handle)?.id, text)
  }
  for (const [handle, text] of Object.entries(catalog?.categories ?? {})) {
    add("product_category", ids.categories.get(handle), text)
  }
  for (const [name, translated] of Object.entries(catalog?.shipping_options ?? {})) {
    ids.shippingOptions.get(name)?.forEach((id) => add("shipping_option", id, { name: translated }))
  }
  for (const [title, translated] of Object.entries(catalog?.variants ?? {})) {
    const named = ids.variants.get(title)
    named?.variantIds.forEach((id) => add("product_variant", id, { title: translated }))
    named?.optionValueIds.forEach((id) => add("product_option_value", id, { value: translated }))
  }
  for (const [value, text] of Object.entries(catalog?.return_reasons ?? {})) {
    add("return_reason", ids.returnReasons.get(value), text)
  }
  for (const guide of guides) {
    const stored = ids.guides.get(guide.handle)
    add("guide", stored?.id, { title: guide.title, summary: guide.summary })
    for (const section of guide.sections) {
      const { title, body, how_often, precautions } = section
      add("guide_section", stored?.sections.get(section.handle), { title, body, how_often, precautions })
    }
  }
  return records
}

/**
 * What to write so the store has every wanted translation: new records, and for records that exist
 * only the fields they lack (absent or blank). A field staff wrote in Medusa Admin is never
 * overwritten. Pure: unit-tested.
 */
export function missingTranslations(
  wanted: TranslationRecord[],
  existing: { id: string; reference_id: string; locale_code: string; translations: Record<string, unknown> | null }[]
) {
  const byKey = new Map(existing.map((record) => [`${record.reference_id}|${record.locale_code}`, record]))
  const create: TranslationRecord[] = []
  const update: { id: string; translations: Record<string, unknown> }[] = []
  for (const record of wanted) {
    const found = byKey.get(`${record.reference_id}|${record.locale_code}`)
    if (!found) {
      create.push(record)
      continue
    }
    const current = found.translations ?? {}
    const blank = (value: unknown) => typeof value !== "string" || !value.trim()
    const added = Object.entries(record.translations).filter(([field]) => blank(current[field]))
    if (added.length) {
      update.push({ id: found.id, translations: { ...current, ...Object.fromEntries(added) } })
    }
  }
  return { create, update }
}

/** The store speaks every language of LOCALES (Medusa refuses translations into others). */
async function ensureStoreLocales(ctx: SeedContext) {
  const { data } = await ctx.query.graph({ entity: "store", fields: ["id", "supported_locales.locale_code"] })
  const store = data[0]
  const current = (store.supported_locales ?? []).flatMap((l: { locale_code?: string } | null) =>
    l?.locale_code ? [l.locale_code] : []
  )
  const missing = LOCALES.filter((locale) => !current.includes(locale))
  if (!missing.length) {
    return
  }
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: { supported_locales: [...current, ...missing].map((locale_code) => ({ locale_code })) },
    },
  })
  ctx.log(`the store speaks ${[...current, ...missing].join(", ")}`)
}

type ProductRow = {
  variants?: ({ id: string; title: string | null } | null)[] | null
  options?: ({ values?: ({ id: string; value: string } | null)[] | null } | null)[] | null
}

/**
 * The products' variants and option values by their (English) text. Pure. An option may be shared
 * by several products, so each id is listed once.
 */
export function variantsByTitle(products: ProductRow[]): Ids["variants"] {
  const variants = new Map<string, Set<string>>()
  const optionValues = new Map<string, Set<string>>()
  const note = (map: Map<string, Set<string>>, text: string | null | undefined, id: string) => {
    if (text) map.set(text, (map.get(text) ?? new Set()).add(id))
  }
  for (const product of products) {
    product.variants?.forEach((variant) => variant && note(variants, variant.title, variant.id))
    const values = (product.options ?? []).flatMap((option) => option?.values ?? [])
    values.forEach((value) => value && note(optionValues, value.value, value.id))
  }
  const titles = new Set([...variants.keys(), ...optionValues.keys()])
  return new Map(
    [...titles].map((title) => [
      title,
      { variantIds: [...(variants.get(title) ?? [])], optionValueIds: [...(optionValues.get(title) ?? [])] },
    ])
  )
}

async function storeIds(ctx: SeedContext, seeds: LocaleSeed[]): Promise<Ids> {
  const handles = seeds.flatMap((s) => [
    ...Object.keys(s.catalog?.products ?? {}),
    ...Object.keys(s.catalog?.bundles ?? {}),
  ])
  const [products, categories, shippingOptions, returnReasons, guides] = await Promise.all([
    ctx.query.graph({
      entity: "product",
      fields: ["id", "handle", "skincare_profile.id", "variants.id", "variants.title", "options.values.id", "options.values.value"],
      filters: { handle: handles },
    }),
    ctx.query.graph({ entity: "product_category", fields: ["id", "handle"] }),
    ctx.query.graph({ entity: "shipping_option", fields: ["id", "name"] }),
    ctx.query.graph({ entity: "return_reason", fields: ["id", "value"] }),
    ctx.query.graph({ entity: "guide", fields: ["id", "handle", "sections.id", "sections.handle"] }),
  ])
  const options = new Map<string, string[]>()
  shippingOptions.data.forEach((o) => options.set(o.name, [...(options.get(o.name) ?? []), o.id]))
  return {
    variants: variantsByTitle(products.data),
    products: new Map(
      products.data.map((p) => [p.handle, { id: p.id, profileId: (p.skincare_profile?.id as string) ?? null }])
    ),
    categories: new Map(categories.data.map((c) => [c.handle, c.id])),
    shippingOptions: options,
    returnReasons: new Map(returnReasons.data.map((r) => [r.value, r.id])),
    guides: new Map(
      guides.data.map((g) => [
        g.handle,
        {
          id: g.id,
          sections: new Map(
            (g.sections ?? []).flatMap((s) => (s ? [[s.handle as string, s.id as string] as const] : []))
          ),
        },
      ])
    ),
  }
}

/**
 * Gives the store the German and French of seed/ (seed/translations/, seed/guide/<guide>/<locale>/)
 * through Medusa's Translation Module: records it lacks are created, fields a record lacks are
 * added, and nothing staff translated is changed. Runs on every setup and `npm run seed`.
 */
export async function seedTranslations(ctx: SeedContext, seedDir: string) {
  await ensureStoreLocales(ctx)
  const seeds = await readTranslations(seedDir)
  const ids = await storeIds(ctx, seeds)
  const wanted = seeds.flatMap((seed) => wantedTranslations(seed, ids))
  if (!wanted.length) {
    return
  }
  const translation = ctx.container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    { reference_id: [...new Set(wanted.map((r) => r.reference_id))] },
    { select: ["id", "reference_id", "locale_code", "translations"], take: null }
  )
  const { create, update } = missingTranslations(wanted, existing)
  if (!create.length && !update.length) {
    return
  }
  await batchTranslationsWorkflow(ctx.container).run({ input: { create, update, delete: [] } })
  ctx.log(`translations: ${create.length} created, ${update.length} completed`)
}
