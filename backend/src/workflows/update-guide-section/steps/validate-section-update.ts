import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BUNDLE_TYPE } from "../../../lib/catalog/bundles"
import type { UpdateGuideSectionInput } from "../types"

/** Checks everything before anything is written, so a bad request changes nothing. */
export const validateSectionUpdateStep = createStep(
  "validate-guide-section-update",
  async (input: UpdateGuideSectionInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sections } = await query.graph({
      entity: "guide_section",
      fields: ["id", "kind", "guide.id"],
      filters: { id: input.section_id },
    })
    const section = sections[0]
    if (!section || section.guide?.id !== input.guide_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This guide has no such section.")
    }
    const stepOnly = ["how_often", "precautions", "category_id", "bundle_id"] as const
    const misplaced = stepOnly.filter((field) => input[field] !== undefined && input[field] !== null)
    if (section.kind !== "step" && misplaced.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Only step sections have ${misplaced.join(", ")}; "${section.kind}" sections do not.`
      )
    }
    if (input.category_id) {
      const { data } = await query.graph({
        entity: "product_category",
        fields: ["id"],
        filters: { id: input.category_id },
      })
      if (!data.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no product category "${input.category_id}".`)
      }
    }
    if (input.bundle_id) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "type.value"],
        filters: { id: input.bundle_id },
      })
      if (!data.length || data[0].type?.value !== BUNDLE_TYPE) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${input.bundle_id}" is not a bundle: choose a product of the type "${BUNDLE_TYPE}".`
        )
      }
    }
  }
)
