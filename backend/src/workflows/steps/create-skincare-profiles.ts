import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SKINCARE_MODULE } from "../../modules/skincare"
import type SkincareModuleService from "../../modules/skincare/service"
import { asColumns, type SkincareProfileInput } from "../../modules/skincare/types"

export const createSkincareProfilesStep = createStep(
  "create-skincare-profiles",
  async (profiles: SkincareProfileInput[], { container }) => {
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    const created = await skincare.createSkincareProfiles(profiles.map(asColumns))
    return new StepResponse(
      created,
      created.map((profile) => profile.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    await skincare.deleteSkincareProfiles(ids)
  }
)
