import type { CatalogListing, GuideSection, Locale, ProductPage, RoutineResponse } from "@lacremeluxe/shared"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store, uniqueEmail } from "../support/api"
import { addItem, checkout } from "../support/checkout"
import { waitForMail } from "../support/mail"
import { handles, seededCatalog, seededGuideTranslation, seededTranslations } from "../support/seed"

// The store in English, German and French (issue 15): Medusa's routes and ours answer the
// requested locale's text, field by field, with English where a translation is missing.

const GUIDE = "pore-care"
const PRODUCT = "pore-clarity-cleansing-oil"
/** A variant title with a word in it, which the seed translates (seed/translations/). */
const REFILL = "400 ml refill"
const TRANSLATED: Locale[] = ["de-DE", "fr-FR"]

let europe: { id: string }

const inLocale = (locale: Locale) => ({ headers: { "x-medusa-locale": locale } })

async function productPage(handle: string, locale?: Locale): Promise<ProductPage> {
  const { status, body } = await store(
    `/store/product-pages/${handle}?region_id=${europe.id}`,
    locale ? inLocale(locale) : {}
  )
  expect(status, JSON.stringify(body)).toBe(200)
  return body.product
}

async function guide(locale?: Locale) {
  const { status, body } = await store(`/store/guides/${GUIDE}?region_id=${europe.id}`, locale ? inLocale(locale) : {})
  expect(status, JSON.stringify(body)).toBe(200)
  return body.guide as { title: string; summary: string; sections: GuideSection[] }
}

const cleanseStep = (sections: GuideSection[]) => sections.find((s) => s.kind === "step" && s.handle === "cleanse")!

/** The Translation Module's record of an entity in a locale, as staff see it in Medusa Admin. */
async function translationOf(referenceId: string, locale: Locale) {
  const { body } = await admin(`/admin/translations?reference_id=${referenceId}&locale_code=${locale}`, {
    token: await adminToken(),
  })
  const [record] = body.translations as { id: string; translations: Record<string, string> }[]
  if (!record) {
    throw new Error(`no ${locale} translation of ${referenceId}`)
  }
  return record
}

/** Staff change a translation in Medusa Admin (the screen's own API). */
async function saveTranslation(id: string, translations: Record<string, string>) {
  const { status, body } = await admin("/admin/translations/batch", {
    token: await adminToken(),
    body: { update: [{ id, translations }] },
  })
  expect(status, JSON.stringify(body)).toBe(200)
}

beforeAll(async () => {
  europe = await regionByName("Europe")
})

describe("Medusa's routes in the shopper's language", () => {
  it.each(TRANSLATED)(
    "%s: products, categories and shipping options answer the seeded translations",
    async (locale) => {
      const words = await seededTranslations(locale)
      const english = (await seededCatalog()).products.find((p) => p.handle === PRODUCT)!

      const { body: products } = await store(
        `/store/products?handle=${PRODUCT}&fields=title,subtitle,description`,
        inLocale(locale)
      )
      expect(products.products[0]).toMatchObject({
        title: words.products[PRODUCT].title ?? english.title,
        subtitle: words.products[PRODUCT].subtitle,
        description: words.products[PRODUCT].description,
      })

      const { body: categories } = await store(`/store/product-categories?handle=cleanse&fields=name,description`, {
        headers: { "x-medusa-locale": locale },
      })
      expect(categories.product_categories[0]).toEqual(expect.objectContaining(words.categories.cleanse))

      // A cart keeps its locale: its shipping options are named in it.
      const { body: created } = await store("/store/carts", {
        body: { region_id: europe.id, email: uniqueEmail("locale"), locale },
      })
      expect(created.cart.locale).toBe(locale)
      const { body: options } = await store(`/store/shipping-options?cart_id=${created.cart.id}`)
      const names: string[] = options.shipping_options.map((o: { name: string }) => o.name)
      const translated = Object.values(words.shipping_options)
      expect(names).toEqual(
        expect.arrayContaining([
          words.shipping_options["Standard shipping"],
          words.shipping_options["Express shipping"],
        ])
      )
      expect(names.filter((name) => !translated.includes(name))).toEqual([])
    }
  )
})

describe("our routes in the shopper's language", () => {
  it.each(TRANSLATED)("%s: the guide's titles, how-often lines and precautions", async (locale) => {
    const answered = await guide(locale)
    const front = await seededGuideTranslation(GUIDE, locale, GUIDE)
    expect({ title: answered.title, summary: answered.summary }).toEqual({ title: front.title, summary: front.summary })
    const step = await seededGuideTranslation(GUIDE, locale, "cleanse")
    const cleanse = cleanseStep(answered.sections)
    expect({ title: cleanse.title, how_often: cleanse.how_often, precautions: cleanse.precautions }).toEqual({
      title: step.title,
      how_often: step.how_often,
      precautions: step.precautions,
    })
    expect(cleanse.category?.name).toBe((await seededTranslations(locale)).categories.cleanse.name)
  })

  it.each(TRANSLATED)("%s: the product page's text, skincare profile and warnings", async (locale) => {
    const words = (await seededTranslations(locale)).products[PRODUCT]
    const page = await productPage(PRODUCT, locale)
    expect({ subtitle: page.subtitle, description: page.description }).toEqual({
      subtitle: words.subtitle,
      description: words.description,
    })
    expect(page.skincare).toMatchObject({
      product_type: words.product_type,
      how_to_use: words.how_to_use,
      warnings: words.warnings,
    })
  })

  it.each(TRANSLATED)(
    "%s: a size with words (the refill) is named in the shopper's language on the product page, by Medusa and in the cart",
    async (locale) => {
      const refill = (await seededTranslations(locale)).variants[REFILL]
      const product = (await seededCatalog()).products.find((p) => p.variants.some((v) => v.title === REFILL))!
      const english = (await productPage(product.handle)).variants.find((v) => v.title === REFILL)!
      const translated = await productPage(product.handle, locale)
      expect(translated.variants.map((v) => v.title)).toEqual(
        product.variants.map((v) => (v.title === REFILL ? refill : v.title))
      )

      // Medusa's own route: the variant's title and the Size option's value. Medusa translates only
      // objects that carry their id, so the option's and the values' ids are asked for too.
      const { body } = await store(
        `/store/products?handle=${product.handle}&fields=variants.title,options.id,options.values.id,options.values.value`,
        inLocale(locale)
      )
      const [answered] = body.products as {
        variants: { title: string }[]
        options: { values: { value: string }[] }[]
      }[]
      expect(answered.variants.map((v) => v.title)).toContain(refill)
      expect(answered.options.flatMap((o) => o.values.map((v) => v.value))).toContain(refill)

      // A cart in the language names the line the same way (Medusa translates the line as it adds it).
      const { body: created } = await store("/store/carts", {
        body: { region_id: europe.id, email: uniqueEmail("size"), locale },
      })
      const { status, body: added } = await addItem(created.cart.id, english.id)
      expect(status, JSON.stringify(added)).toBe(200)
      expect(added.cart.items.map((item: { variant_title: string }) => item.variant_title)).toEqual([refill])
    }
  )

  it("the routine names its products and says how to use them in the shopper's language", async () => {
    const words = await seededTranslations("de-DE")
    const { status, body } = await store<RoutineResponse>("/store/routines", {
      ...inLocale("de-DE"),
      body: {
        region_id: europe.id,
        skin_type: "oily",
        concerns: ["visible-pores"],
        pregnant: false,
        fragrance_sensitive: false,
        minutes: 20,
        budget: null,
      },
    })
    expect(status).toBe(200)
    const steps = [...body.routine.morning, ...body.routine.evening]
    const english = new Map((await seededCatalog()).products.map((p) => [p.handle, p]))
    expect(steps.length).toBeGreaterThan(1)
    for (const step of steps) {
      const translated = words.products[step.product.handle]
      expect(step.product.title).toBe(translated?.title ?? english.get(step.product.handle)!.title)
      expect(step.how).toBe(translated?.how_to_use ?? english.get(step.product.handle)!.skincare.how_to_use)
    }
  })

  it("the shop's step filter names the routine's steps in each language", async () => {
    for (const locale of TRANSLATED) {
      const { body } = await store<CatalogListing>(`/store/catalog?region_id=${europe.id}&limit=1`, inLocale(locale))
      const categories = (await seededTranslations(locale)).categories
      expect(body.steps.map((step) => step.name)).toEqual(body.steps.map((step) => categories[step.handle].name))
      expect(body.steps.find((step) => step.handle === "cleanse")?.name).not.toBe("Cleanse")
    }
  })

  it('search in German: "Poren" finds what "pores" finds in English', async () => {
    const search = async (q: string, locale?: Locale) => {
      const { body } = await store<CatalogListing>(
        `/store/catalog?region_id=${europe.id}&q=${encodeURIComponent(q)}&limit=100`,
        locale ? inLocale(locale) : {}
      )
      return handles(body.products)
    }
    const pores = await search("pores")
    expect(pores.length).toBeGreaterThan(0)
    expect(await search("Poren", "de-DE")).toEqual(pores)
    expect(await search("pores visibles", "fr-FR")).toEqual(await search("visible pores"))
  })
})

describe("a missing translation falls back to English, field by field", () => {
  const restore: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const undo of restore) {
      await undo()
    }
  })

  it("a product without a German description answers its German title and English description", async () => {
    const english = await productPage(PRODUCT)
    const record = await translationOf(english.id, "de-DE")
    restore.push(() => saveTranslation(record.id, record.translations))
    await saveTranslation(record.id, { ...record.translations, description: "" })
    await expect
      .poll(async () => (await productPage(PRODUCT, "de-DE")).description, { timeout: 20_000 })
      .toBe(english.description)
    expect((await productPage(PRODUCT, "de-DE")).subtitle).toBe(record.translations.subtitle)
  })

  it("a guide section whose French how-often line is emptied answers its French title and English line", async () => {
    const englishStep = cleanseStep((await guide()).sections)
    const record = await translationOf(englishStep.id, "fr-FR")
    restore.push(() => saveTranslation(record.id, record.translations))
    await saveTranslation(record.id, { ...record.translations, how_often: "" })
    await expect
      .poll(async () => cleanseStep((await guide("fr-FR")).sections).how_often, { timeout: 20_000 })
      .toBe(englishStep.how_often)
    expect(cleanseStep((await guide("fr-FR")).sections).title).toBe(record.translations.title)
  })
})

describe("translations in Medusa Admin", () => {
  it("staff find the guide's and the skincare profiles' text among the translatable fields", async () => {
    const token = await adminToken()
    const { body } = await admin("/admin/translations/settings", { token })
    const settings = body.translation_settings as Record<string, { fields: string[]; is_active: boolean }>
    const fields = (entity: string) => (settings[entity]?.is_active ? [...settings[entity].fields].sort() : [])
    expect(fields("guide")).toEqual(["summary", "title"])
    expect(fields("guide_section")).toEqual(["body", "how_often", "precautions", "title"])
    expect(fields("skincare_profile")).toEqual(["how_to_use", "product_type", "warnings"])
    const { body: entities } = await admin(`/admin/translations/entities?type=guide&limit=10`, { token })
    const [entity] = entities.data as { translations: { locale_code: string }[] }[]
    expect(entity.translations.map((t) => t.locale_code).sort()).toEqual(["de-DE", "fr-FR"])
  })
})

describe("e-mails in the cart's language", () => {
  it("a German cart's order e-mail is German, its prices written the German way", async () => {
    const words = await seededTranslations("de-DE")
    const email = uniqueEmail("deutsch")
    const { body: created } = await store("/store/carts", { body: { region_id: europe.id, email, locale: "de-DE" } })
    const product = await productPage(PRODUCT)
    await addItem(created.cart.id, product.variants[0].id, 2)
    const { body: placed } = await checkout(created.cart.id, undefined, words.shipping_options["Standard shipping"])
    expect(placed.type, JSON.stringify(placed)).toBe("order")
    const { body: stored } = await admin(`/admin/orders/${placed.order.id}?fields=display_id,total,locale`, {
      token: await adminToken(),
    })
    const order = stored.order as { display_id: number; total: number; locale: string }
    expect(order.locale).toBe("de-DE")
    const mail = await waitForMail({ to: email, subject: `Ihre LACREMELUXE-Bestellung #${order.display_id}` })
    const euro = (amount: number) =>
      new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(amount)
    expect(mail.text).toContain(`Gesamtsumme — ${euro(order.total)}`)
    expect(mail.text).toContain(`2 × ${words.products[PRODUCT].title}`)
    expect(mail.text).toContain("Lieferadresse")
  })
})
