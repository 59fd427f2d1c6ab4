import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { SET_VARIANT_TITLE } from "../../backend/src/lib/seed/data"
import { readGuide, splitFrontMatter } from "../../backend/src/lib/seed/guide-data"

// The store's German and French copy beside the English it translates: every English text has both
// translations, and what must not change in a translation (handles, steps, sets, links, counts of
// warnings and precautions, figures, placeholders) is the same. Pure file checks, no services.

const ROOT = path.resolve(__dirname, "..", "..")
const LOCALES = ["de-DE", "fr-FR"] as const
const GUIDE = path.join(ROOT, "seed", "guide", "pore-care")
const LEGAL = path.join(ROOT, "storefront", "src", "content", "legal")
const CONTENT = path.join(ROOT, "storefront", "src", "content")
/** How each language says that a legal page is an illustrative example. */
const ILLUSTRATIVE = {
  en: /illustrative example/,
  "de-DE": /illustratives Beispiel/,
  "fr-FR": /à titre d'illustration/,
} as const

const read = (...parts: string[]) => readFileSync(path.join(...parts), "utf8")
const readJson = <T>(...parts: string[]): T => JSON.parse(read(...parts))
const markdownFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()

type Product = {
  handle: string
  title: string
  subtitle: string
  description: string
  product_type: string
  skincare: { how_to_use: string; warnings: string[] }
  variants: { title: string }[]
}
type Bundle = { handle: string; title: string; subtitle: string; description: string }
type Category = { handle: string; name: string; description: string }
type Store = {
  regions: { shipping: { name: string }[]; return_shipping?: { name: string } }[]
  return_reasons: { value: string; label: string; description?: string }[]
}
type Categories = { parent: Category; steps: Category[] }
type Translations = {
  products: Record<string, Record<string, string | string[]>>
  bundles: Record<string, Record<string, string>>
  categories: Record<string, Record<string, string>>
  shipping_options: Record<string, string>
  return_reasons: Record<string, { label: string; description?: string }>
  variants: Record<string, string>
}

const products = readJson<Product[]>(ROOT, "seed", "catalog", "products.json")
const bundles = readJson<Bundle[]>(ROOT, "seed", "catalog", "bundles.json")
const categories = readJson<Categories>(ROOT, "seed", "catalog", "categories.json")
const store = readJson<Store>(ROOT, "seed", "store.json")
const translations = (locale: string) => readJson<Translations>(ROOT, "seed", "translations", `${locale}.json`)

/** The figures of a text (1–2, 0.5 %, €4.95, SPF 50, Art. 6(1)(b)), decimal commas read as points. */
const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(",", ".")).sort()

/** Each figure of the English is in the translation (as often at least), so no amount or frequency is lost. */
function expectSameFigures(english: string, translated: string, where: string) {
  const left = [...figures(translated)]
  const missing = figures(english).filter((n) => {
    const at = left.indexOf(n)
    if (at === -1) return true
    left.splice(at, 1)
    return false
  })
  expect(missing, `${where}: figures of the English missing from the translation`).toEqual([])
}

/** Every string in a value, with where it sits. */
function strings(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${at}[${i}]`))
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`))
  return []
}

const categoryLinks = (markdown: string) => [...markdown.matchAll(/\]\((category:[^)]*)\)/g)].map((m) => m[1])
const linkTargets = (markdown: string) => [...markdown.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).sort()
const placeholders = (markdown: string) => [...markdown.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
const headingLevels = (markdown: string) => markdown.split("\n").flatMap((line) => /^(#+) /.exec(line)?.[1] ?? [])

describe.each(LOCALES)("the store's copy in %s", (locale) => {
  it("has every guide file of the English, with the same handles, steps, sets, precaution counts and category links", async () => {
    const dir = path.join(GUIDE, locale)
    expect(markdownFiles(dir)).toEqual(markdownFiles(GUIDE))
    // The seed's own reader validates the front matter of the translated guide as it does the English.
    const [english, translated] = await Promise.all([readGuide(GUIDE), readGuide(dir)])
    expect(translated.handle).toBe(english.handle)
    expect(translated.title).not.toBe(english.title)
    expect(translated.summary).not.toBe(english.summary)
    expect(translated.sections).toHaveLength(english.sections.length)
    english.sections.forEach((section, i) => {
      const other = translated.sections[i]
      const where = `${locale} ${section.handle}`
      expect({ handle: other.handle, kind: other.kind, category: other.category, bundle: other.bundle }, where).toEqual(
        {
          handle: section.handle,
          kind: section.kind,
          category: section.category,
          bundle: section.bundle,
        }
      )
      expect(other.precautions, where).toHaveLength(section.precautions.length)
      expect(other.how_often === undefined, where).toBe(section.how_often === undefined)
      expect(other.title, where).not.toBe(section.title)
      expect(other.body, where).not.toBe(section.body)
      expect(categoryLinks(other.body), where).toEqual(categoryLinks(section.body))
      for (const [at, text] of strings({ title: other.title, how_often: other.how_often, p: other.precautions })) {
        expect(text.trim(), `${where}${at}`).not.toBe("")
      }
      const englishText = [section.title, section.how_often ?? "", ...section.precautions, section.body].join("\n")
      const translatedText = [other.title, other.how_often ?? "", ...other.precautions, other.body].join("\n")
      expectSameFigures(englishText, translatedText, where)
    })
    const intro = (file: string) => splitFrontMatter(read(file)).body
    expect(intro(path.join(dir, "guide.md")) === "").toBe(intro(path.join(GUIDE, "guide.md")) === "")
  })

  it("translates every product, set, category, shipping option and return reason of the seed, with no empty text", () => {
    const t = translations(locale)
    expect(Object.keys(t).sort()).toEqual([
      "bundles",
      "categories",
      "products",
      "return_reasons",
      "shipping_options",
      "variants",
    ])
    expect(Object.keys(t.products).sort()).toEqual(products.map((p) => p.handle).sort())
    expect(Object.keys(t.bundles).sort()).toEqual(bundles.map((b) => b.handle).sort())
    expect(Object.keys(t.categories).sort()).toEqual(
      [categories.parent, ...categories.steps].map((c) => c.handle).sort()
    )
    const shippingNames = new Set(
      store.regions.flatMap((r) => [
        ...r.shipping.map((s) => s.name),
        ...(r.return_shipping ? [r.return_shipping.name] : []),
      ])
    )
    expect(Object.keys(t.shipping_options).sort()).toEqual([...shippingNames].sort())
    expect(Object.keys(t.return_reasons).sort()).toEqual(store.return_reasons.map((r) => r.value).sort())

    for (const product of Object.values(t.products)) {
      expect(Object.keys(product).sort()).toEqual([
        "description",
        "how_to_use",
        "product_type",
        "subtitle",
        "title",
        "warnings",
      ])
    }
    for (const bundle of Object.values(t.bundles)) {
      expect(Object.keys(bundle).sort()).toEqual(["description", "subtitle", "title"])
    }
    for (const category of Object.values(t.categories)) {
      expect(Object.keys(category).sort()).toEqual(["description", "name"])
    }
    for (const reason of store.return_reasons) {
      const translated = t.return_reasons[reason.value]
      expect(Object.keys(translated).sort(), reason.value).toEqual(
        reason.description ? ["description", "label"] : ["label"]
      )
      expect(translated.label, reason.value).not.toBe(reason.label)
    }
    for (const [at, text] of strings(t)) {
      expect(text.trim(), `${locale}${at}`).not.toBe("")
    }
  })

  it("keeps every warning of each product, in order, and every figure of the English (amounts, frequencies, strengths)", () => {
    const t = translations(locale)
    for (const product of products) {
      const translated = t.products[product.handle]
      const warnings = translated.warnings as string[]
      expect(warnings, product.handle).toHaveLength(product.skincare.warnings.length)
      product.skincare.warnings.forEach((warning, i) =>
        expectSameFigures(warning, warnings[i], `${product.handle} warning ${i + 1}`)
      )
      for (const field of ["title", "subtitle", "description", "product_type"] as const) {
        expectSameFigures(product[field], translated[field] as string, `${product.handle}.${field}`)
      }
      expectSameFigures(product.skincare.how_to_use, translated.how_to_use as string, `${product.handle}.how_to_use`)
    }
    for (const bundle of bundles) {
      for (const field of ["title", "subtitle", "description"] as const) {
        expectSameFigures(bundle[field], t.bundles[bundle.handle][field], `${bundle.handle}.${field}`)
      }
    }
    for (const category of [categories.parent, ...categories.steps]) {
      for (const field of ["name", "description"] as const) {
        expectSameFigures(category[field], t.categories[category.handle][field], `${category.handle}.${field}`)
      }
    }
  })

  it("names the variants that have words in their title (a refill, a set) and keeps their sizes", () => {
    const t = translations(locale)
    // A size alone ("150 ml") reads the same in every language; "400 ml refill" does not.
    const worded = new Set(
      products
        .flatMap((p) => p.variants.map((v) => v.title))
        .filter((title) => /[a-z]/i.test(title.replace(/\bml\b/g, "")))
    )
    expect(worded.size).toBeGreaterThan(0)
    expect(Object.keys(t.variants).sort()).toEqual([...worded, SET_VARIANT_TITLE].sort())
    for (const [english, translated] of Object.entries(t.variants)) {
      expectSameFigures(english, translated, `variant ${english}`)
    }
  })

  it("has every legal page of the English, with the same sections, links and operator placeholders, marked as illustrative", () => {
    const dir = path.join(LEGAL, locale)
    expect(markdownFiles(dir)).toEqual(markdownFiles(LEGAL))
    for (const name of markdownFiles(LEGAL)) {
      const english = read(LEGAL, name)
      const translated = read(dir, name)
      const where = `${locale}/${name}`
      expect(translated.startsWith("# "), where).toBe(true)
      expect(translated.split("\n", 1)[0], where).not.toBe(english.split("\n", 1)[0])
      expect(headingLevels(translated), where).toEqual(headingLevels(english))
      expect(linkTargets(translated), where).toEqual(linkTargets(english))
      expect(placeholders(translated), where).toEqual(placeholders(english))
      expect(english, name).toMatch(ILLUSTRATIVE.en)
      expect(translated, where).toMatch(ILLUSTRATIVE[locale])
      expectSameFigures(english, translated, where)
    }
  })

  it("has the words of the 'we'll be right back' page, key for key", () => {
    const english = readJson<Record<string, string>>(CONTENT, "back-soon.json")
    const translated = readJson<Record<string, string>>(CONTENT, `back-soon.${locale}.json`)
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
    for (const [key, text] of Object.entries(translated)) {
      expect(typeof text, key).toBe("string")
      expect(text.trim(), key).not.toBe("")
      expect(text, key).not.toBe(english[key])
    }
  })
})
