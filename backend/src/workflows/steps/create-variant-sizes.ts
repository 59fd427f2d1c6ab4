import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SKINCARE_MODULE } from "../../modules/skincare"
import type SkincareModuleService from "../../modules/skincare/service"

export const createVariantSizesStep = createStep(
  "create-variant-sizes",
  async (sizes: { volume_ml: number }[], { container }) => {
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    const created = await skincare.createVariantSizes(sizes)
    return new StepResponse(
      created,
      created.map((size) => size.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    await skincare.deleteVariantSizes(ids)
  }
)
