/**
 * The section form's values and how they become the API's body. Pure functions (no React, no
 * network) so they can be unit-tested; the form component lives in components/guides/.
 */
import { AdminUpdateGuideSection, formSchema } from "@lacremeluxe/shared"
import type { GuideSection, UpdateGuideSectionInput } from "./guides"
import { joinLines, sameItems, splitLines } from "./lines"

/** The Select value standing for "no category" / "no bundle" (Radix Select forbids ""). */
export const NONE = "__none__"

/** What the form holds, named as the API names it: text as typed, precautions one per line, selects as ids (or NONE). */
export type SectionFormValues = {
  title: string
  body: string
  how_often: string
  precautions: string
  category_id: string
  bundle_id: string
}

type SectionFields = Pick<GuideSection, "kind" | "title" | "body" | "how_often" | "precautions" | "category" | "bundle">

export const toFormValues = (section: SectionFields): SectionFormValues => ({
  title: section.title,
  body: section.body,
  how_often: section.how_often ?? "",
  precautions: joinLines(section.precautions),
  category_id: section.category?.id ?? NONE,
  bundle_id: section.bundle?.id ?? NONE,
})

export const sameValues = (a: SectionFormValues, b: SectionFormValues): boolean =>
  (Object.keys(a) as (keyof SectionFormValues)[]).every((key) => a[key] === b[key])

const fromSelect = (value: string): string | null => (value === NONE || value === "" ? null : value)

/**
 * The whole body for the form, trimmed as the API trims it: an empty "how often" is null,
 * precautions are one per line (blank lines dropped), NONE is no category or bundle. Step-only
 * fields (how_often, precautions, category_id, bundle_id) are there for steps only.
 */
export function toBody(kind: GuideSection["kind"], values: SectionFormValues): UpdateGuideSectionInput {
  const body: UpdateGuideSectionInput = { title: values.title.trim(), body: values.body.trim() }
  if (kind !== "step") {
    return body
  }
  const howOften = values.how_often.trim()
  return {
    ...body,
    how_often: howOften.length > 0 ? howOften : null,
    precautions: splitLines(values.precautions),
    category_id: fromSelect(values.category_id),
    bundle_id: fromSelect(values.bundle_id),
  }
}

/** What the form validates with: the API's own schema, over the body built from the form. */
export const sectionFormSchema = (kind: GuideSection["kind"]) =>
  formSchema((values: SectionFormValues) => toBody(kind, values), AdminUpdateGuideSection)

/**
 * What to send for a whole (checked) body: only the fields that differ from the saved section, so
 * a save never overwrites a field someone else changed meanwhile, unless nothing differs: then
 * the whole body, so "Save" always does what it says.
 */
export function buildSectionPayload(
  section: SectionFields,
  full: UpdateGuideSectionInput
): { payload: UpdateGuideSectionInput; changed: boolean } {
  const saved = toBody(section.kind, toFormValues(section))
  const changedOnly: UpdateGuideSectionInput = {}
  for (const key of Object.keys(full) as (keyof UpdateGuideSectionInput)[]) {
    const differs =
      key === "precautions" ? !sameItems(full.precautions ?? [], saved.precautions ?? []) : full[key] !== saved[key]
    if (differs) {
      Object.assign(changedOnly, { [key]: full[key] })
    }
  }
  const changed = Object.keys(changedOnly).length > 0
  return { payload: changed ? changedOnly : full, changed }
}
