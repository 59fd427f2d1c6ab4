/**
 * The section form's values and the request body built from them. Pure functions (no React, no
 * network) so they can be unit-tested; the form component lives in components/guides/.
 */
import type { GuideSection, UpdateGuideSectionInput } from "./guides"
import { formatPrecautions, parsePrecautions, samePrecautions } from "./precautions"

/** The Select value standing for "no category" / "no bundle" (Radix Select forbids ""). */
export const NONE = "__none__"

/** What the form holds, as typed: text fields as strings, selects as ids (or NONE). */
export type SectionFormValues = {
  title: string
  body: string
  howOften: string
  precautions: string
  categoryId: string
  bundleId: string
}

type SectionFields = Pick<
  GuideSection,
  "kind" | "title" | "body" | "how_often" | "precautions" | "category" | "bundle"
>

export const toFormValues = (section: SectionFields): SectionFormValues => ({
  title: section.title,
  body: section.body,
  howOften: section.how_often ?? "",
  precautions: formatPrecautions(section.precautions),
  categoryId: section.category?.id ?? NONE,
  bundleId: section.bundle?.id ?? NONE,
})

export const sameValues = (a: SectionFormValues, b: SectionFormValues): boolean =>
  a.title === b.title &&
  a.body === b.body &&
  a.howOften === b.howOften &&
  a.precautions === b.precautions &&
  a.categoryId === b.categoryId &&
  a.bundleId === b.bundleId

const fromSelect = (value: string): string | null => (value === NONE || value === "" ? null : value)

/**
 * The request body for the form. Only fields whose value differs from the saved section are sent
 * (so a save never overwrites a field someone else changed meanwhile), unless nothing changed:
 * then the whole form is sent again, so "Save" always does what it says.
 * Step-only fields (how_often, precautions, category_id, bundle_id) are sent for steps only.
 * The title and "how often" are trimmed; an empty "how often" is sent as null; precautions are
 * one per line, trimmed, blank lines dropped. The Markdown body is sent exactly as typed.
 */
export function buildSectionPayload(
  section: SectionFields,
  values: SectionFormValues
): { payload: UpdateGuideSectionInput; changed: boolean } {
  const step = section.kind === "step"

  const full: UpdateGuideSectionInput = {
    title: values.title.trim(),
    body: values.body,
  }
  if (step) {
    const howOften = values.howOften.trim()
    full.how_often = howOften.length > 0 ? howOften : null
    full.precautions = parsePrecautions(values.precautions)
    full.category_id = fromSelect(values.categoryId)
    full.bundle_id = fromSelect(values.bundleId)
  }

  const changedOnly: UpdateGuideSectionInput = {}
  if (full.title !== section.title) {
    changedOnly.title = full.title
  }
  if (full.body !== section.body) {
    changedOnly.body = full.body
  }
  if (step) {
    if (full.how_often !== (section.how_often ?? null)) {
      changedOnly.how_often = full.how_often
    }
    if (!samePrecautions(full.precautions ?? [], section.precautions)) {
      changedOnly.precautions = full.precautions
    }
    if (full.category_id !== (section.category?.id ?? null)) {
      changedOnly.category_id = full.category_id
    }
    if (full.bundle_id !== (section.bundle?.id ?? null)) {
      changedOnly.bundle_id = full.bundle_id
    }
  }

  const changed = Object.keys(changedOnly).length > 0
  return { payload: changed ? changedOnly : full, changed }
}
