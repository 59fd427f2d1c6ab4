import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "../../../modules/guide"
import type GuideModuleService from "../../../modules/guide/service"
import { joinLines, type GuideSectionKind } from "@lacremeluxe/shared"

export type GuideSectionInput = {
  guide_id: string
  handle: string
  kind: GuideSectionKind
  title: string
  body: string
  position: number
  how_often: string | null
  precautions: string[]
}

export const createGuideSectionsStep = createStep(
  "create-guide-sections",
  async (sections: GuideSectionInput[], { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const created = await guides.createGuideSections(
      sections.map((section) => ({ ...section, precautions: joinLines(section.precautions) }))
    )
    return new StepResponse(
      created,
      created.map((section) => section.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<GuideModuleService>(GUIDE_MODULE).deleteGuideSections(ids)
  }
)
