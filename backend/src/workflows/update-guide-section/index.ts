import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { joinLines } from "@lacremeluxe/shared"
import { GUIDE_CHANGED_EVENT } from "../../modules/guide/events"
import { replaceSectionLinkStep } from "./steps/replace-section-link"
import { updateGuideSectionStep } from "./steps/update-guide-section"
import { validateSectionUpdateStep } from "./steps/validate-section-update"
import type { UpdateGuideSectionInput } from "./types"

/**
 * Staff edit a guide section in Medusa Admin: its text, and for a step its category and bundle.
 * Validation runs first; each write is undone if a later one fails. The storefront is told to
 * regenerate the guide through the guide.changed event.
 */
export const updateGuideSectionWorkflow = createWorkflow("update-guide-section", (input: UpdateGuideSectionInput) => {
  validateSectionUpdateStep(input)
  const section = updateGuideSectionStep(
    transform({ input }, ({ input }) => {
      const changes: Record<string, unknown> = { id: input.section_id }
      for (const field of ["title", "body", "how_often", "precautions"] as const) {
        if (input[field] !== undefined) {
          changes[field] = field === "precautions" ? joinLines(input.precautions) : input[field]
        }
      }
      return changes as { id: string }
    })
  )
  when({ input }, ({ input }) => input.category_id !== undefined).then(() => {
    replaceSectionLinkStep(
      transform({ input }, ({ input }) => ({
        section_id: input.section_id,
        target: "product_category" as const,
        target_id: input.category_id ?? null,
      }))
    ).config({ name: "replace-section-category" })
  })
  when({ input }, ({ input }) => input.bundle_id !== undefined).then(() => {
    replaceSectionLinkStep(
      transform({ input }, ({ input }) => ({
        section_id: input.section_id,
        target: "product" as const,
        target_id: input.bundle_id ?? null,
      }))
    ).config({ name: "replace-section-bundle" })
  })
  emitEventStep({
    eventName: GUIDE_CHANGED_EVENT,
    data: transform({ input }, ({ input }) => ({ id: input.guide_id, section_id: input.section_id })),
  })
  return new WorkflowResponse(section)
})
