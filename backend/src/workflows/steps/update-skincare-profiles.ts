import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SKINCARE_MODULE } from "../../modules/skincare"
import type SkincareModuleService from "../../modules/skincare/service"
import { asColumns, type SkincareProfileInput } from "../../modules/skincare/types"

export type SkincareProfilePatch = Partial<SkincareProfileInput> & { id: string }

/** Changes the given fields of several profiles; compensation puts those fields' previous values back. */
export const updateSkincareProfilesStep = createStep(
  "update-skincare-profiles",
  async (patches: SkincareProfilePatch[], { container }) => {
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    const before = await skincare.listSkincareProfiles({ id: patches.map((patch) => patch.id) })
    const previous = patches.map((patch) => {
      const old = before.find((profile) => profile.id === patch.id) as Record<string, unknown> | undefined
      // The stored values themselves (warnings as lines), put back as they were.
      return Object.fromEntries(Object.keys(patch).map((field) => [field, old?.[field] ?? null])) as { id: string }
    })
    const updated = await skincare.updateSkincareProfiles(patches.map(asColumns))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const skincare = container.resolve<SkincareModuleService>(SKINCARE_MODULE)
    await skincare.updateSkincareProfiles(previous)
  }
)
