import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "../../../modules/guide"
import type GuideModuleService from "../../../modules/guide/service"

export type CreateGuideStepInput = { handle: string; title: string; summary: string }

export const createGuideStep = createStep(
  "create-guide",
  async (input: CreateGuideStepInput, { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const guide = await guides.createGuides(input)
    return new StepResponse(guide, guide.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<GuideModuleService>(GUIDE_MODULE).deleteGuides(id)
  }
)
