import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { GUIDE_MODULE } from "../../../modules/guide"

type Target = "product_category" | "product"
type Input = { section_id: string; target: Target; target_id: string | null }

function linkOf(sectionId: string, target: Target, targetId: string) {
  return {
    [GUIDE_MODULE]: { guide_section_id: sectionId },
    [Modules.PRODUCT]: { [`${target}_id`]: targetId },
  }
}

/** Points a section at another category or bundle (or none); compensation restores the old link. */
export const replaceSectionLinkStep = createStep(
  "replace-guide-section-link",
  async ({ section_id, target, target_id }: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data } = await query.graph({
      entity: "guide_section",
      fields: [`${target}.id`],
      filters: { id: section_id },
    })
    const previousId: string | null = data[0]?.[target]?.id ?? null
    if (previousId === target_id) {
      return new StepResponse({ target, target_id }, null)
    }
    if (previousId) {
      await link.dismiss(linkOf(section_id, target, previousId))
    }
    if (target_id) {
      await link.create(linkOf(section_id, target, target_id))
    }
    return new StepResponse({ target, target_id }, { section_id, target, previousId, target_id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.target_id) {
      await link.dismiss(linkOf(undo.section_id, undo.target, undo.target_id))
    }
    if (undo.previousId) {
      await link.create(linkOf(undo.section_id, undo.target, undo.previousId))
    }
  }
)
