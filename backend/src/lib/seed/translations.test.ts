import { describe, expect, it } from "vitest"
import { missingTranslations, variantsByTitle, wantedTranslations, type TranslationRecord } from "./translations"

const ids = {
  products: new Map([
    ["oil", { id: "prod_oil", profileId: "skin_oil" }],
    ["set", { id: "prod_set", profileId: null }],
  ]),
  categories: new Map([["cleanse", "pcat_cleanse"]]),
  shippingOptions: new Map([["Standard shipping", ["so_eu", "so_us"]]]),
  returnReasons: new Map([["other", "rr_other"]]),
  variants: new Map([["400 ml refill", { variantIds: ["variant_refill"], optionValueIds: ["optval_refill"] }]]),
  guides: new Map([["pore-care", { id: "guide_1", sections: new Map([["cleanse", "gsec_1"]]) }]]),
}

describe("the translations seed/ asks for", () => {
  it("splits a product between its own text and its skincare profile, lists as lines", () => {
    const records = wantedTranslations(
      {
        locale: "de-DE",
        catalog: {
          products: { oil: { title: "Öl", description: "Löst Talg.", how_to_use: "Abends.", warnings: ["A.", "B."] } },
          bundles: { set: { title: "Set" } },
          categories: { cleanse: { name: "Reinigen" } },
          shipping_options: { "Standard shipping": "Standardversand" },
          return_reasons: { other: { label: "Anderer Grund" } },
          variants: { "400 ml refill": "400 ml Nachfüllpackung" },
        },
        guides: [
          {
            handle: "pore-care",
            title: "Porenpflege",
            summary: "Kurz.",
            sections: [
              {
                handle: "cleanse",
                kind: "step",
                title: "Reinigen",
                body: "Text",
                position: 1,
                how_often: "Jeden Abend.",
                precautions: ["Sanft.", "Nicht zu oft."],
              },
            ],
          },
        ],
      },
      ids
    )
    const of = (id: string) => records.find((r) => r.reference_id === id)?.translations
    expect(of("prod_oil")).toEqual({ title: "Öl", description: "Löst Talg." })
    expect(of("skin_oil")).toEqual({ how_to_use: "Abends.", warnings: "A.\nB." })
    expect(of("prod_set")).toEqual({ title: "Set" })
    expect(of("so_eu")).toEqual({ name: "Standardversand" })
    expect(of("so_us")).toEqual({ name: "Standardversand" })
    expect(of("rr_other")).toEqual({ label: "Anderer Grund" })
    expect(of("variant_refill")).toEqual({ title: "400 ml Nachfüllpackung" })
    expect(of("optval_refill")).toEqual({ value: "400 ml Nachfüllpackung" })
    expect(records.find((r) => r.reference_id === "optval_refill")?.reference).toBe("product_option_value")
    expect(of("guide_1")).toEqual({ title: "Porenpflege", summary: "Kurz." })
    expect(of("gsec_1")).toEqual({
      title: "Reinigen",
      body: "Text",
      how_often: "Jeden Abend.",
      precautions: "Sanft.\nNicht zu oft.",
    })
    expect(records.every((r) => r.locale_code === "de-DE")).toBe(true)
  })

  it("skips what the store does not have", () => {
    const records = wantedTranslations(
      {
        locale: "fr-FR",
        catalog: {
          products: { gone: { title: "Parti" } },
          bundles: {},
          categories: {},
          shipping_options: {},
          return_reasons: {},
          variants: { "1 l refill": "1 l Nachfüllpackung" },
        },
        guides: [],
      },
      ids
    )
    expect(records).toEqual([])
  })
})

describe("variants and option values by their English text", () => {
  it("names each variant and option value once, an option shared by two products too", () => {
    const shared = { values: [{ id: "optval_150", value: "150 ml" }] }
    const found = variantsByTitle([
      { variants: [{ id: "variant_a", title: "150 ml" }], options: [shared] },
      { variants: [{ id: "variant_b", title: "150 ml" }, null], options: [shared, null] },
      { variants: null, options: null },
    ])
    expect(found).toEqual(new Map([["150 ml", { variantIds: ["variant_a", "variant_b"], optionValueIds: ["optval_150"] }]]))
  })
})

describe("what is missing from the store", () => {
  const wanted: TranslationRecord[] = [
    {
      reference: "product",
      reference_id: "prod_oil",
      locale_code: "de-DE",
      translations: { title: "Öl", subtitle: "Sub" },
    },
    { reference: "product", reference_id: "prod_set", locale_code: "de-DE", translations: { title: "Set" } },
  ]

  it("creates absent records and only adds absent or blank fields to existing ones", () => {
    const { create, update } = missingTranslations(wanted, [
      {
        id: "trans_1",
        reference_id: "prod_oil",
        locale_code: "de-DE",
        translations: { title: "Staff's Öl", subtitle: " " },
      },
    ])
    expect(create).toEqual([wanted[1]])
    expect(update).toEqual([{ id: "trans_1", translations: { title: "Staff's Öl", subtitle: "Sub" } }])
  })

  it("changes nothing once everything is there", () => {
    const existing = wanted.map((record, index) => ({ id: `trans_${index}`, ...record }))
    expect(missingTranslations(wanted, existing)).toEqual({ create: [], update: [] })
  })
})
