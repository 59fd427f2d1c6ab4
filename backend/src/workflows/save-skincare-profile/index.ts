import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SKINCARE_MODULE } from "../../modules/skincare"
import { SKINCARE_PROFILE_SAVED_EVENT } from "../../modules/skincare/events"
import { createSkincareProfilesStep } from "../steps/create-skincare-profiles"
import type { SkincareProfileInput } from "../../modules/skincare/types"
import { updateSkincareProfileStep } from "../steps/update-skincare-profile"

export type SaveSkincareProfileInput = { product_id: string; profile: SkincareProfileInput }

/**
 * Staff save a product's skincare profile in Medusa Admin: the product's profile is replaced, or
 * created and linked when it has none (if linking fails, the new profile is deleted again). The
 * storefront regenerates the product's pages through the skincare-profile.saved event.
 */
export const saveSkincareProfileWorkflow = createWorkflow(
  "save-skincare-profile",
  (input: SaveSkincareProfileInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "skincare_profile.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const existingId = transform(
      { products },
      ({ products }) => (products[0]?.skincare_profile?.id as string | undefined) ?? null
    )

    const updated = when({ existingId }, ({ existingId }) => existingId !== null).then(() =>
      updateSkincareProfileStep(
        transform({ existingId, input }, ({ existingId, input }) => ({ id: existingId!, ...input.profile }))
      )
    )
    const created = when({ existingId }, ({ existingId }) => existingId === null).then(() => {
      const profiles = createSkincareProfilesStep(transform({ input }, ({ input }) => [input.profile]))
      createRemoteLinkStep(
        transform({ input, profiles }, ({ input, profiles }) => [
          {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [SKINCARE_MODULE]: { skincare_profile_id: profiles[0].id },
          },
        ])
      )
      return profiles
    })

    emitEventStep({
      eventName: SKINCARE_PROFILE_SAVED_EVENT,
      data: transform({ input }, ({ input }) => ({ product_id: input.product_id })),
    })
    return new WorkflowResponse(transform({ updated, created }, ({ updated, created }) => updated ?? created![0]))
  }
)
