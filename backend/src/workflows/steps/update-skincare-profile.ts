import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SKINCARE_MODULE } from "../../modules/skincare"
import type SkincareModuleService from "../../modules/skincare/service"
import { asColumns, type SkincareProfileInput } from "../../modules/skincare/types"

type ProfileUpdate = SkincareProfileInput & { id: string }

/** Replaces every field of a profile; compensation puts the previous values back. */
export const updateSkincareProfileStep = createStep(
  "update-skincare-profile",
  async (update: ProfileUpdate, { container }) => {
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    const previous = await skincare.retrieveSkincareProfile(update.id)
    const updated = await skincare.updateSkincareProfiles(asColumns(update))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    const { created_at: _created, updated_at: _updated, deleted_at: _deleted, ...values } = previous
    await skincare.updateSkincareProfiles(values)
  }
)
