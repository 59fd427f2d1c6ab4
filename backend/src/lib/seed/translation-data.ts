import { access, readdir } from "node:fs/promises"
import path from "node:path"
import { z } from "@medusajs/framework/zod"
import { TRANSLATED_LOCALES, type Locale } from "@lacremeluxe/shared"
import { readJson } from "./data"
import { readGuide, type GuideSeed } from "./guide-data"

/**
 * seed/translations/<locale>.json: the catalog's text in one language, keyed as the English seed
 * names things (product and category handles, shipping options by their English name, return
 * reasons by value, variants by their English title). Every field may be left out: the English
 * text then shows.
 */
const text = z.string().min(1)
const catalogTranslationSchema = z.object({
  products: z
    .record(
      z.string(),
      z.object({
        title: text.optional(),
        subtitle: text.optional(),
        description: text.optional(),
        product_type: text.optional(),
        how_to_use: text.optional(),
        warnings: z.array(text).optional(),
      })
    )
    .default({}),
  bundles: z
    .record(z.string(), z.object({ title: text.optional(), subtitle: text.optional(), description: text.optional() }))
    .default({}),
  categories: z.record(z.string(), z.object({ name: text.optional(), description: text.optional() })).default({}),
  shipping_options: z.record(z.string(), text).default({}),
  /**
   * Variant titles with words in them ("400 ml refill", the sets' "Set"), by the English title: each
   * names every variant so titled and the option value of the same text. A size alone ("150 ml") reads
   * the same in every language and needs none.
   */
  variants: z.record(z.string(), text).default({}),
  return_reasons: z.record(z.string(), z.object({ label: text.optional(), description: text.optional() })).default({}),
})

export type CatalogTranslation = z.infer<typeof catalogTranslationSchema>

export type LocaleSeed = { locale: Locale; catalog: CatalogTranslation | null; guides: GuideSeed[] }

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false
  )

/**
 * Every translation seed/ holds: per language, its catalog file and the guides' translated
 * folders (seed/guide/<guide>/<locale>/, the same files as the English folder). A missing file or
 * folder is simply not translated.
 */
export async function readTranslations(seedDir: string): Promise<LocaleSeed[]> {
  const guideRoot = path.join(seedDir, "guide")
  const guideFolders = (await readdir(guideRoot, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(guideRoot, entry.name))
  return Promise.all(
    TRANSLATED_LOCALES.map(async (locale) => {
      const catalogFile = path.join(seedDir, "translations", `${locale}.json`)
      const catalog = (await exists(catalogFile)) ? await readJson(catalogFile, catalogTranslationSchema) : null
      const folders = await Promise.all(
        guideFolders.map(async (folder) => ((await exists(path.join(folder, locale, "guide.md"))) ? folder : null))
      )
      const guides = await Promise.all(
        folders.flatMap((folder) => (folder ? [readGuide(path.join(folder, locale))] : []))
      )
      return { locale, catalog, guides }
    })
  )
}
