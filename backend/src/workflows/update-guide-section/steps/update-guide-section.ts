import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "../../../modules/guide"
import type GuideModuleService from "../../../modules/guide/service"

type SectionChanges = {
  id: string
  title?: string
  body?: string
  how_often?: string | null
  /** One precaution per line, as stored (the workflow joins the list it is given). */
  precautions?: string
}

export const updateGuideSectionStep = createStep(
  "update-guide-section",
  async ({ id, ...changes }: SectionChanges, { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const fields = Object.keys(changes) as (keyof typeof changes)[]
    if (!fields.length) {
      return new StepResponse(null, null)
    }
    const current = await guides.retrieveGuideSection(id, { select: ["id", ...fields] })
    const previous: SectionChanges = { id }
    for (const field of fields) {
      Object.assign(previous, { [field]: current[field] })
    }
    const updated = await guides.updateGuideSections({ id, ...changes })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<GuideModuleService>(GUIDE_MODULE).updateGuideSections(previous)
  }
)
