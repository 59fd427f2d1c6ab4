import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { SKINCARE_MODULE } from "../../modules/skincare"
import { createSkincareProfilesStep } from "../steps/create-skincare-profiles"
import { createVariantSizesStep } from "../steps/create-variant-sizes"
import type { AttachSkincareDetailsInput } from "./types"

/**
 * Gives products their skincare profile and variants their fill volume, linked the Medusa way.
 * If linking fails, the created records are deleted again by the steps' compensation.
 */
export const attachSkincareDetailsWorkflow = createWorkflow(
  "attach-skincare-details",
  (input: AttachSkincareDetailsInput) => {
    const profiles = createSkincareProfilesStep(
      transform({ input }, ({ input }) => input.products.map((product) => product.profile))
    )
    const sizes = createVariantSizesStep(
      transform({ input }, ({ input }) => input.variants.map((variant) => ({ volume_ml: variant.volume_ml })))
    )
    const links = transform({ input, profiles, sizes }, ({ input, profiles, sizes }) => [
      ...input.products.map((product, index) => ({
        [Modules.PRODUCT]: { product_id: product.product_id },
        [SKINCARE_MODULE]: { skincare_profile_id: profiles[index].id },
      })),
      ...input.variants.map((variant, index) => ({
        [Modules.PRODUCT]: { product_variant_id: variant.variant_id },
        [SKINCARE_MODULE]: { variant_size_id: sizes[index].id },
      })),
    ])
    createRemoteLinkStep(links)
    return new WorkflowResponse({ profiles, sizes })
  }
)

export type { AttachSkincareDetailsInput } from "./types"
