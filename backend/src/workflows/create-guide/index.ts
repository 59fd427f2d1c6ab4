import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { GUIDE_MODULE } from "../../modules/guide"
import { GUIDE_CHANGED_EVENT } from "../../modules/guide/events"
import { createGuideStep } from "./steps/create-guide"
import { createGuideSectionsStep, type GuideSectionInput } from "./steps/create-guide-sections"

export type CreateGuideInput = {
  guide: { handle: string; title: string; summary: string }
  sections: (Omit<GuideSectionInput, "guide_id"> & {
    category_id?: string | null
    bundle_id?: string | null
  })[]
}

/** Creates a guide with its sections and links each step to its category and bundle. */
export const createGuideWorkflow = createWorkflow("create-guide", (input: CreateGuideInput) => {
  const guide = createGuideStep(transform({ input }, ({ input }) => input.guide))
  const sections = createGuideSectionsStep(
    transform({ input, guide }, ({ input, guide }) =>
      input.sections.map(({ category_id, bundle_id, ...section }) => ({ ...section, guide_id: guide.id }))
    )
  )
  const links = transform({ input, sections }, ({ input, sections }) =>
    input.sections.flatMap((section, index) => [
      ...(section.category_id
        ? [
            {
              [GUIDE_MODULE]: { guide_section_id: sections[index].id },
              [Modules.PRODUCT]: { product_category_id: section.category_id },
            },
          ]
        : []),
      ...(section.bundle_id
        ? [
            {
              [GUIDE_MODULE]: { guide_section_id: sections[index].id },
              [Modules.PRODUCT]: { product_id: section.bundle_id },
            },
          ]
        : []),
    ])
  )
  createRemoteLinkStep(links)
  emitEventStep({ eventName: GUIDE_CHANGED_EVENT, data: transform({ guide }, ({ guide }) => ({ id: guide.id })) })
  return new WorkflowResponse({ guide, sections })
})
