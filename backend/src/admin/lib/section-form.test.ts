import { zodResolver } from "@hookform/resolvers/zod"
import { describe, expect, it } from "vitest"
import type { GuideSection } from "./guides"
import {
  NONE,
  type SectionFormValues,
  buildSectionPayload,
  sameValues,
  sectionFormSchema,
  toBody,
  toFormValues,
} from "./section-form"

const step: GuideSection = {
  id: "gsec_cleanse",
  handle: "cleanse",
  kind: "step",
  title: "Step 1 · Cleanse",
  body: "**Cleansing is the first step.**\n",
  position: 4,
  how_often: "Every evening",
  precautions: ["Avoid harsh cleansers", "Don't overdo it"],
  category: { id: "pcat_cleanse", name: "Cleanse", handle: "cleanse" },
  bundle: { id: "prod_cleanse_set", title: "Cleanse set", handle: "cleanse-set" },
}

const intro: GuideSection = {
  id: "gsec_intro",
  handle: "introduction",
  kind: "intro",
  title: "What pores are",
  body: "Pores are tiny openings.",
  position: 1,
  how_often: null,
  precautions: [],
  category: null,
  bundle: null,
}

/** What would be sent for the form's values. */
const payloadFor = (section: GuideSection, values: SectionFormValues) =>
  buildSectionPayload(section, toBody(section.kind, values))

/** What the form shows beside each field, as react-hook-form gets it from the resolver. */
async function errorsBesideFields(section: GuideSection, values: SectionFormValues) {
  const { errors } = await zodResolver(sectionFormSchema(section.kind))(values, undefined, {
    fields: {},
    names: Object.keys(values) as (keyof SectionFormValues)[],
    shouldUseNativeValidation: false,
  })
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [
      field,
      (Array.isArray(error) ? error.find(Boolean) : error)?.message,
    ])
  )
}

describe("toFormValues", () => {
  it("puts a step's fields into the form, precautions one per line", () => {
    expect(toFormValues(step)).toEqual({
      title: "Step 1 · Cleanse",
      body: "**Cleansing is the first step.**\n",
      how_often: "Every evening",
      precautions: "Avoid harsh cleansers\nDon't overdo it",
      category_id: "pcat_cleanse",
      bundle_id: "prod_cleanse_set",
    })
  })

  it("uses empty text and NONE for missing values", () => {
    expect(toFormValues(intro)).toMatchObject({ how_often: "", precautions: "", category_id: NONE, bundle_id: NONE })
  })
})

describe("toBody", () => {
  it("trims as the API does, sends an emptied 'how often' and NONE selects as null, precautions as a list", () => {
    const values = {
      ...toFormValues(step),
      title: "  Cleanse ",
      body: "\n- list  \n",
      how_often: "  ",
      precautions: " Avoid harsh cleansers \n\n  Patch test first\n",
      category_id: NONE,
      bundle_id: NONE,
    }
    expect(toBody("step", values)).toEqual({
      title: "Cleanse",
      body: "- list",
      how_often: null,
      precautions: ["Avoid harsh cleansers", "Patch test first"],
      category_id: null,
      bundle_id: null,
    })
  })

  it("never sends step-only fields for other kinds of section", () => {
    const values = { ...toFormValues(intro), how_often: "Daily", precautions: "Something", category_id: "pcat_mask" }
    expect(toBody("intro", values)).toEqual({ title: "What pores are", body: "Pores are tiny openings." })
  })
})

describe("buildSectionPayload", () => {
  it("sends the whole form again when nothing changed", () => {
    expect(payloadFor(step, toFormValues(step))).toEqual({
      changed: false,
      payload: {
        title: "Step 1 · Cleanse",
        body: "**Cleansing is the first step.**",
        how_often: "Every evening",
        precautions: ["Avoid harsh cleansers", "Don't overdo it"],
        category_id: "pcat_cleanse",
        bundle_id: "prod_cleanse_set",
      },
    })
  })

  it("sends only the fields that changed", () => {
    expect(payloadFor(step, { ...toFormValues(step), title: "Step 1 · Cleanse gently" })).toEqual({
      changed: true,
      payload: { title: "Step 1 · Cleanse gently" },
    })
  })

  it("treats edits of surrounding spaces or blank lines as no change", () => {
    expect(payloadFor(step, { ...toFormValues(step), title: "  Step 1 · Cleanse  " }).changed).toBe(false)
    expect(payloadFor(step, { ...toFormValues(step), body: "**Cleansing is the first step.**\n\n\n" }).changed).toBe(
      false
    )
    expect(
      payloadFor(step, { ...toFormValues(step), precautions: "Avoid harsh cleansers\n\n\nDon't overdo it\n" }).changed
    ).toBe(false)
  })

  it("sends a cleared 'how often', category or bundle as null, and a new choice by id", () => {
    expect(
      payloadFor(step, { ...toFormValues(step), how_often: "  ", category_id: NONE, bundle_id: NONE }).payload
    ).toEqual({
      how_often: null,
      category_id: null,
      bundle_id: null,
    })
    const asStep: GuideSection = { ...intro, kind: "step" }
    expect(
      payloadFor(asStep, { ...toFormValues(asStep), category_id: "pcat_mask", bundle_id: "prod_mask_set" }).payload
    ).toEqual({ category_id: "pcat_mask", bundle_id: "prod_mask_set" })
  })

  it("sends changed precautions as the whole new list", () => {
    const values = { ...toFormValues(step), precautions: "Avoid harsh cleansers\nPatch test first" }
    expect(payloadFor(step, values).payload).toEqual({ precautions: ["Avoid harsh cleansers", "Patch test first"] })
  })
})

describe("the form's schema (the API's own, over the form's values)", () => {
  it("accepts the saved section as it is", async () => {
    expect(await errorsBesideFields(step, toFormValues(step))).toEqual({})
  })

  it("puts the API's sentence beside the field it refuses", async () => {
    expect(await errorsBesideFields(step, { ...toFormValues(step), title: "   " })).toEqual({
      title: "The title cannot be empty.",
    })
    expect(await errorsBesideFields(intro, { ...toFormValues(intro), body: "" })).toEqual({
      body: "The text cannot be empty.",
    })
    expect(await errorsBesideFields(step, { ...toFormValues(step), precautions: `Fine\n${"x".repeat(501)}` })).toEqual({
      precautions: "A precaution is longer than 500 characters.",
    })
    const many = Array.from({ length: 21 }, (_, index) => `Precaution ${index + 1}`).join("\n")
    expect(await errorsBesideFields(step, { ...toFormValues(step), precautions: many })).toEqual({
      precautions: "A section can have at most 20 precautions.",
    })
  })
})

describe("sameValues", () => {
  it("is true for equal forms and false when any field differs", () => {
    const values = toFormValues(step)
    expect(sameValues(values, { ...values })).toBe(true)
    expect(sameValues(values, { ...values, bundle_id: NONE })).toBe(false)
  })
})
