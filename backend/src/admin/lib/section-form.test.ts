import { describe, expect, it } from "vitest"
import type { GuideSection } from "./guides"
import { NONE, buildSectionPayload, sameValues, toFormValues } from "./section-form"

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

describe("toFormValues", () => {
  it("puts a step's fields into the form, precautions one per line", () => {
    expect(toFormValues(step)).toEqual({
      title: "Step 1 · Cleanse",
      body: "**Cleansing is the first step.**\n",
      howOften: "Every evening",
      precautions: "Avoid harsh cleansers\nDon't overdo it",
      categoryId: "pcat_cleanse",
      bundleId: "prod_cleanse_set",
    })
  })

  it("uses empty text and NONE for missing values", () => {
    const values = toFormValues(intro)
    expect(values.howOften).toBe("")
    expect(values.precautions).toBe("")
    expect(values.categoryId).toBe(NONE)
    expect(values.bundleId).toBe(NONE)
  })
})

describe("buildSectionPayload", () => {
  it("sends the whole form again when nothing changed", () => {
    expect(buildSectionPayload(step, toFormValues(step))).toEqual({
      changed: false,
      payload: {
        title: "Step 1 · Cleanse",
        body: "**Cleansing is the first step.**\n",
        how_often: "Every evening",
        precautions: ["Avoid harsh cleansers", "Don't overdo it"],
        category_id: "pcat_cleanse",
        bundle_id: "prod_cleanse_set",
      },
    })
  })

  it("sends only the fields that changed", () => {
    const values = { ...toFormValues(step), title: "Step 1 · Cleanse gently" }
    expect(buildSectionPayload(step, values)).toEqual({
      changed: true,
      payload: { title: "Step 1 · Cleanse gently" },
    })
  })

  it("trims the title and treats whitespace-only edits as no change", () => {
    const values = { ...toFormValues(step), title: "  Step 1 · Cleanse  " }
    expect(buildSectionPayload(step, values).changed).toBe(false)
  })

  it("sends an empty title as is, for the API to reject with its own message", () => {
    const values = { ...toFormValues(step), title: "   " }
    expect(buildSectionPayload(step, values).payload).toEqual({ title: "" })
  })

  it("turns the precautions textarea into a list", () => {
    const values = { ...toFormValues(step), precautions: " Avoid harsh cleansers \n\n  Patch test first\n" }
    expect(buildSectionPayload(step, values).payload).toEqual({
      precautions: ["Avoid harsh cleansers", "Patch test first"],
    })
  })

  it("ignores blank lines added to the precautions", () => {
    const values = { ...toFormValues(step), precautions: "Avoid harsh cleansers\n\n\nDon't overdo it\n" }
    expect(buildSectionPayload(step, values).changed).toBe(false)
  })

  it("sends null for an emptied 'how often', and for NONE category or bundle", () => {
    const values = { ...toFormValues(step), howOften: "  ", categoryId: NONE, bundleId: NONE }
    expect(buildSectionPayload(step, values).payload).toEqual({
      how_often: null,
      category_id: null,
      bundle_id: null,
    })
  })

  it("sends a newly chosen category or bundle by id", () => {
    const values = { ...toFormValues(intro) }
    const asStep: GuideSection = { ...intro, kind: "step" }
    expect(
      buildSectionPayload(asStep, { ...values, categoryId: "pcat_mask", bundleId: "prod_mask_set" }).payload
    ).toEqual({ category_id: "pcat_mask", bundle_id: "prod_mask_set" })
  })

  it("never sends step-only fields for other kinds of section", () => {
    const values = {
      ...toFormValues(intro),
      body: "New body",
      howOften: "Daily",
      precautions: "Something",
      categoryId: "pcat_mask",
      bundleId: "prod_mask_set",
    }
    expect(buildSectionPayload(intro, values).payload).toEqual({ body: "New body" })
    expect(buildSectionPayload(intro, toFormValues(intro)).payload).toEqual({
      title: "What pores are",
      body: "Pores are tiny openings.",
    })
  })

  it("keeps the Markdown body exactly as typed", () => {
    const values = { ...toFormValues(intro), body: "  Indented\n\n- list  \n" }
    expect(buildSectionPayload(intro, values).payload).toEqual({ body: "  Indented\n\n- list  \n" })
  })
})

describe("sameValues", () => {
  it("is true for equal forms and false when any field differs", () => {
    const values = toFormValues(step)
    expect(sameValues(values, { ...values })).toBe(true)
    expect(sameValues(values, { ...values, bundleId: NONE })).toBe(false)
  })
})
